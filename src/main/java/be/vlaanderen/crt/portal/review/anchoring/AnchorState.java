package be.vlaanderen.crt.portal.review.anchoring;

/** Outcome of re-anchoring a remark on a new version of a document. */
public enum AnchorState {
  /**
   * The quoted passage occurs verbatim in the new text (differences in whitespace runs, line breaks
   * and invisible formatting characters such as soft hyphens are ignored).
   */
  STILL_PRESENT,

  /** The passage no longer occurs verbatim, but a sufficiently similar passage was found. */
  CHANGED,

  /** Neither the passage nor anything sufficiently similar to it occurs in the new text. */
  NOT_FOUND
}
