package be.vlaanderen.crt.portal.pilot.selection;

import be.vlaanderen.crt.portal.organisation.Province;
import java.time.Instant;

/** An applicant as the selection sees it. */
public record Candidate(
    long id,
    String name,
    Province province,
    int population,
    int maturity,
    boolean audit,
    boolean hacking,
    Instant appliedAt) {

  public SizeClass sizeClass() {
    return SizeClass.of(population);
  }
}
