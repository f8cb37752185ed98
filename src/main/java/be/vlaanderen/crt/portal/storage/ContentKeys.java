package be.vlaanderen.crt.portal.storage;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Object keys derived from content. The same bytes always get the same key, so a document uploaded
 * twice is stored once, and an object is never overwritten with different bytes.
 *
 * <p>Layout {@code documents/sha256/ab/cd/abcd…}: two levels of fan-out keep directory listings
 * short on file-system backends.
 */
public final class ContentKeys {

  public static final String PREFIX = "documents/sha256/";
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private ContentKeys() {}

  public static String forSha256(String sha256Hex) {
    String hex = sha256Hex == null ? "" : sha256Hex.toLowerCase(Locale.ROOT);
    if (!SHA256_HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("Not a SHA-256 in hexadecimal: " + sha256Hex);
    }
    return PREFIX + hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
  }

  /**
   * Whether a key in the bucket was made by {@link #forSha256}; other objects are not the portal's.
   */
  public static boolean isContentKey(String key) {
    if (key == null || !key.startsWith(PREFIX)) {
      return false;
    }
    String hex = key.substring(key.lastIndexOf('/') + 1);
    return SHA256_HEX.matcher(hex).matches() && key.equals(forSha256(hex));
  }
}
