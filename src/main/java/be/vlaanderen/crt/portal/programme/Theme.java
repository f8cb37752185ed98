package be.vlaanderen.crt.portal.programme;

/** The fixed taxonomy remarks and lessons are filed under (the domain of the BCP track). */
public enum Theme {
  GOVERNANCE,
  BIA_METHOD,
  MTPD_RTO_RPO,
  ICT_DEPENDENCIES,
  SUPPLIERS,
  CRISIS_ORGANISATION,
  CRISIS_COMMUNICATION,
  EXERCISE_MAINTENANCE,
  INFORMATION_SECURITY;

  /** The theme's identifier in URLs and JSON: lower case with hyphens ("mtpd-rto-rpo"). */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The theme for a slug or enum name, or null. */
  public static Theme parse(String value) {
    if (value == null) {
      return null;
    }
    String normalised = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (Theme theme : values()) {
      if (theme.name().equals(normalised)) {
        return theme;
      }
    }
    return null;
  }
}
