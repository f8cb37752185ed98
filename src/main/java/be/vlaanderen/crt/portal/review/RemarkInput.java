package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.programme.Theme;

/**
 * What a reviewer sends to add or change a remark. A passage is given by its offsets in the
 * version's extracted text ({@code start}, {@code end}, with the selected text as a check) or, from
 * other annotation clients, by a quote ({@code exact} with optional {@code prefix} and {@code
 * suffix}); without either the remark is about the whole submission.
 */
public record RemarkInput(
    RemarkKind kind,
    Theme theme,
    Visibility visibility,
    String body,
    Integer start,
    Integer end,
    String exact,
    String prefix,
    String suffix) {

  /** A remark on the whole submission. */
  public static RemarkInput general(
      RemarkKind kind, Theme theme, Visibility visibility, String body) {
    return new RemarkInput(kind, theme, visibility, body, null, null, null, null, null);
  }
}
