package be.vlaanderen.crt.portal.completeness;

import be.vlaanderen.crt.portal.extraction.DocumentType;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/**
 * Chooses the check for what is handed in: a BIA workbook, or a BCP (or its update) as a document.
 */
@ApplicationScoped
public class CompletenessChecker {

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
              ? BcpCheck.check(file)
              : CompletenessReport.notChecked("BCP_NOT_DOCUMENT");
      default -> null;
    };
  }
}
