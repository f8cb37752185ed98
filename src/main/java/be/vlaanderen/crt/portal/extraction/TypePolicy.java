package be.vlaanderen.crt.portal.extraction;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an upload is an accepted document, from the type detected in its content and the
 * name it was given. Pure: no I/O, so every rule is unit-tested.
 *
 * <p>Rules: the content must be one of the {@link DocumentType}s; and when the name carries an
 * extension, it must be that type's extension. A name claiming to be a PDF or DOCX while the
 * content is something else is a disguised file and is refused as such, so the user learns what the
 * file really is.
 */
public final class TypePolicy {

  private TypePolicy() {}

  public static Verdict judge(String detectedMediaType, String fileName) {
    return judge(detectedMediaType, fileName, DocumentType.OFFICE);
  }

  /** The same rules, for a context that accepts the given types. */
  public static Verdict judge(
      String detectedMediaType, String fileName, java.util.Set<DocumentType> allowed) {
    Optional<DocumentType> actual =
        DocumentType.ofMediaType(baseType(detectedMediaType)).filter(allowed::contains);
    String extension = extensionOf(fileName);
    Optional<DocumentType> claimed = DocumentType.ofExtension(extension).filter(allowed::contains);
    if (actual.isPresent()) {
      if (extension.isEmpty() || claimed.equals(actual)) {
        return Verdict.accept(actual.get());
      }
      return Verdict.refuse(Refusal.DISGUISED, extension, actual.get().label());
    }
    ContentFamily family = ContentFamily.of(detectedMediaType);
    if (family == ContentFamily.ENCRYPTED) {
      return Verdict.refuse(Refusal.ENCRYPTED, extension, family.name());
    }
    if (claimed.isPresent()) {
      return Verdict.refuse(Refusal.DISGUISED, extension, family.name());
    }
    return Verdict.refuse(Refusal.UNSUPPORTED_TYPE, extension, family.name());
  }

  /** The extension after the last dot, lower case, or empty. */
  public static String extensionOf(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return "";
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ext.chars().allMatch(Character::isLetterOrDigit) && ext.length() <= 10 ? ext : "";
  }

  private static String baseType(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    int semicolon = mediaType.indexOf(';');
    String base = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim();
    // XML as Tika may name it; other "+xml" types (SVG, XHTML) stay what they are.
    return base.equals("text/xml") || base.equals("application/samlmetadata+xml")
        ? "application/xml"
        : base;
  }

  /** Why a type is refused. */
  public enum Refusal {
    /** The content is not one of the accepted formats. */
    UNSUPPORTED_TYPE,
    /** The name says one format, the content is another. */
    DISGUISED,
    /** The document is password-protected, so nobody at the CRT could read it. */
    ENCRYPTED
  }

  /**
   * The decision. When refused, {@code claimedExtension} is the extension of the name and {@code
   * actual} names what the content really is: a {@link DocumentType} label or a {@link
   * ContentFamily} name.
   */
  public record Verdict(
      DocumentType type, Refusal refusal, String claimedExtension, String actual) {

    static Verdict accept(DocumentType type) {
      return new Verdict(type, null, type.extension(), type.label());
    }

    static Verdict refuse(Refusal refusal, String claimedExtension, String actual) {
      return new Verdict(null, refusal, claimedExtension, actual);
    }

    public boolean accepted() {
      return refusal == null;
    }
  }
}
