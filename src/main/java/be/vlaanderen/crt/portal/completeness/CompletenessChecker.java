package be.vlaanderen.crt.portal.completeness;

import be.vlaanderen.crt.portal.extraction.DocumentType;
import be.vlaanderen.crt.portal.extraction.TextExtraction;
import be.vlaanderen.crt.portal.extraction.TextUnavailableException;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chooses the check for what is handed in: a BIA workbook, or a BCP (or its update) as a document.
 */
@ApplicationScoped
public class CompletenessChecker {

  @Inject TextExtraction extraction;

  /**
   * @return the report, or null when this kind of assignment has no check
   */
  public CompletenessReport check(AssignmentKind kind, DocumentType type, Path file) {
    return switch (kind) {
      case BIA ->
          type == DocumentType.XLSX
              ? BiaCheck.check(file)
              : CompletenessReport.notChecked("BIA_NOT_XLSX");
      case BCP, BCP_UPDATE ->
          type == DocumentType.PDF || type == DocumentType.DOCX || type == DocumentType.ODT
              ? document(file)
              : CompletenessReport.notChecked("BCP_NOT_DOCUMENT");
      default -> null;
    };
  }

  /** A BCP's headings, extracted with the time and memory limits of the extraction service. */
  private CompletenessReport document(Path file) {
    try {
      if (Files.size(file) > BcpCheck.MAX_BYTES) {
        return CompletenessReport.notChecked("TOO_LARGE_TO_CHECK");
      }
      return BcpCheck.check(extraction.extract(file));
    } catch (IOException | TextUnavailableException e) {
      return CompletenessReport.unreadable("UNREADABLE");
    } catch (be.vlaanderen.crt.portal.extraction.ExtractionUnavailableException e) {
      // Informs, never blocks: the upload goes on, the expert reads the document as always.
      return CompletenessReport.notChecked("CHECK_UNAVAILABLE");
    }
  }
}
