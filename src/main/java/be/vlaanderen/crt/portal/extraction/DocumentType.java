package be.vlaanderen.crt.portal.extraction;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The document formats the portal accepts, by the media type Tika detects from the content. */
public enum DocumentType {
  PDF("application/pdf", "pdf", "PDF"),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "docx",
      "Word (DOCX)"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel (XLSX)"),
  ODT("application/vnd.oasis.opendocument.text", "odt", "OpenDocument-tekst (ODT)"),
  ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", "OpenDocument-rekenblad (ODS)"),
  /** Only for pilot dossiers (SAML metadata); never for the BCP track's documents. */
  XML("application/xml", "xml", "XML"),
  /** Only for pilot dossiers (diagrams, screenshots as test evidence). */
  PNG("image/png", "png", "PNG-afbeelding");

  /** What the BCP track and the toolkit accept. */
  public static final Set<DocumentType> OFFICE = EnumSet.of(PDF, DOCX, XLSX, ODT, ODS);

  /** What a pilot dossier accepts: office documents, SAML metadata and images. */
  public static final Set<DocumentType> DOSSIER = EnumSet.allOf(DocumentType.class);

  private final String mediaType;
  private final String extension;
  private final String label;

  DocumentType(String mediaType, String extension, String label) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.label = label;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** Name of the format as users know it (the same in Dutch and English). */
  public String label() {
    return label;
  }

  public static Optional<DocumentType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
  }

  public static Optional<DocumentType> ofExtension(String extension) {
    String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
  }
}
