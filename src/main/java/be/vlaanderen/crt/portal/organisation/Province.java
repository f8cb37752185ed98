package be.vlaanderen.crt.portal.organisation;

/** The five Flemish provinces; a municipality lies in exactly one. */
public enum Province {
  ANTWERPEN("Antwerpen"),
  LIMBURG("Limburg"),
  OOST_VLAANDEREN("Oost-Vlaanderen"),
  VLAAMS_BRABANT("Vlaams-Brabant"),
  WEST_VLAANDEREN("West-Vlaanderen");

  private final String label;

  Province(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
