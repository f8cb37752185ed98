package be.vlaanderen.crt.portal.programme;

import java.util.Map;

/**
 * The templates the portal ships for assignments (under {@code src/main/resources/templates}),
 * served at {@code /templates/<file>}. Attaching other templates per assignment comes with
 * programme management.
 */
public final class AssignmentTemplates {

  private static final Map<AssignmentKind, String> BY_KIND =
      Map.of(
          AssignmentKind.BIA, "bia-sjabloon.xlsx",
          AssignmentKind.BCP, "bcp-sjabloon.docx",
          AssignmentKind.BCP_UPDATE, "bcp-sjabloon.docx");

  private static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "bia-sjabloon.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "bcp-sjabloon.docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private AssignmentTemplates() {}

  /** The template's file name for this kind of assignment, or null when there is none. */
  public static String fileName(AssignmentKind kind) {
    return BY_KIND.get(kind);
  }

  /**
   * The media type of a shipped template, or null for any other name (so nothing else is served).
   */
  public static String mediaType(String fileName) {
    return MEDIA_TYPES.get(fileName);
  }
}
