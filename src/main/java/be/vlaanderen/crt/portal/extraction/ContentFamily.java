package be.vlaanderen.crt.portal.extraction;

import java.util.Locale;

/** A coarse name for a detected type, so a refusal can tell the user what the file really is. */
public enum ContentFamily {
  EXECUTABLE,
  TEXT,
  IMAGE,
  ARCHIVE,
  LEGACY_OFFICE,
  MACRO_OFFICE,
  ENCRYPTED,
  OTHER;

  public static ContentFamily of(String mediaType) {
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    if (type.contains("executable")
        || type.contains("sharedlib")
        || type.contains("msdownload")
        || type.contains("dosexec")
        || type.contains("elf")
        || type.contains("mach-o")
        || type.contains("java-archive")
        || type.endsWith("x-sh")
        || type.contains("bat")) {
      return EXECUTABLE;
    }
    if (type.contains("protected") || type.contains("encrypted")) {
      return ENCRYPTED;
    }
    if (type.contains("macroenabled")) {
      return MACRO_OFFICE;
    }
    if (type.startsWith("text/")
        || type.endsWith("+xml")
        || type.endsWith("/xml")
        || type.endsWith("/json")) {
      return TEXT;
    }
    if (type.startsWith("image/")) {
      return IMAGE;
    }
    if (type.equals("application/msword")
        || type.equals("application/vnd.ms-excel")
        || type.equals("application/rtf")
        || type.equals("application/vnd.ms-powerpoint")
        || type.contains("x-tika-msoffice")) {
      return LEGACY_OFFICE;
    }
    if (type.contains("zip")
        || type.contains("tar")
        || type.contains("gzip")
        || type.contains("7z")
        || type.contains("rar")) {
      return ARCHIVE;
    }
    return OTHER;
  }
}
