package be.vlaanderen.crt.portal.review;

/** Who may read a remark: the municipality (once released) or the CRT only. */
public enum Visibility {
  MUNICIPALITY,
  INTERNAL
}
