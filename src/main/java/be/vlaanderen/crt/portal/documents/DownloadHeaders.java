package be.vlaanderen.crt.portal.documents;

import java.nio.charset.StandardCharsets;

/** Response headers for a document download, shared by the web download and the REST API. */
public final class DownloadHeaders {

  private DownloadHeaders() {}

  /**
   * {@code Content-Disposition: attachment} per RFC 6266: an ASCII {@code filename} for old clients
   * and the exact name as UTF-8 in {@code filename*} (RFC 8187 percent-encoding).
   */
  public static String contentDisposition(String fileName) {
    return "attachment; filename=\""
        + asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + percentEncode(fileName);
  }

  /** A strong ETag from the content hash: the same bytes always have the same tag. */
  public static String etag(String sha256) {
    return "\"" + sha256 + "\"";
  }

  static String asciiFallback(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    return out.toString();
  }

  static String percentEncode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean attrChar =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$&+-.^_`|~".indexOf(c) >= 0;
      if (attrChar) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
