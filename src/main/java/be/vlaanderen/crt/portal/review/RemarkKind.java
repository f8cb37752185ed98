package be.vlaanderen.crt.portal.review;

/** What a remark is; each maps to a W3C Web Annotation motivation. */
public enum RemarkKind {
  QUESTION("questioning"),
  REMARK("commenting"),
  GOOD_PRACTICE("assessing");

  private final String motivation;

  RemarkKind(String motivation) {
    this.motivation = motivation;
  }

  public String motivation() {
    return motivation;
  }

  /** The kind for a W3C motivation or an enum name, or null. */
  public static RemarkKind parse(String value) {
    if (value == null) {
      return null;
    }
    for (RemarkKind kind : values()) {
      if (kind.motivation.equals(value) || kind.name().equalsIgnoreCase(value)) {
        return kind;
      }
    }
    return null;
  }
}
