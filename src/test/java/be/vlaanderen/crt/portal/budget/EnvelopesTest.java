package be.vlaanderen.crt.portal.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopesTest {

  private static final Map<String, BigDecimal> AGREEMENT =
      Map.of(
          "PROGRAMME", new BigDecimal("640000.00"),
          "BCP", new BigDecimal("300000.00"),
          "ACM_IDM", new BigDecimal("337000.00"));

  private static Envelopes.Shift shift(
      long id, String from, String to, String amount, String validFrom, String createdAt) {
    return new Envelopes.Shift(
        id,
        LocalDate.parse(validFrom),
        from,
        to,
        new BigDecimal(amount),
        "reden",
        "Stuurgroep",
        Instant.parse(createdAt),
        "coordinator");
  }

  @Test
  void theAgreementLeavesAReserveAndTheLinesAddUpToTheProgramme() {
    Map<String, BigDecimal> lines =
        Envelopes.on(AGREEMENT, List.of(), LocalDate.of(2027, 1, 1), null);
    assertEquals(new BigDecimal("3000.00"), lines.get("RESERVE"));
    assertEquals(
        new BigDecimal("640000.00"),
        lines.get("BCP").add(lines.get("ACM_IDM")).add(lines.get("RESERVE")));
  }

  @Test
  void aShiftCountsFromItsDateAndOnlyInReportsMadeAfterItWasRecorded() {
    var shift = shift(1, "BCP", "ACM_IDM", "20000.00", "2027-03-01", "2027-02-20T10:00:00Z");
    var before = Envelopes.on(AGREEMENT, List.of(shift), LocalDate.of(2027, 2, 28), null);
    assertEquals(new BigDecimal("300000.00"), before.get("BCP"));
    var after = Envelopes.on(AGREEMENT, List.of(shift), LocalDate.of(2027, 3, 1), null);
    assertEquals(new BigDecimal("280000.00"), after.get("BCP"));
    assertEquals(new BigDecimal("357000.00"), after.get("ACM_IDM"));
    // A report of 1 March as it was known on 19 February does not know the decision yet.
    var asKnown =
        Envelopes.on(
            AGREEMENT,
            List.of(shift),
            LocalDate.of(2027, 3, 1),
            Instant.parse("2027-02-19T23:00:00Z"));
    assertEquals(new BigDecimal("300000.00"), asKnown.get("BCP"));
  }

  @Test
  void aShiftThatWouldEmptyALineOnSomeLaterDateIsFound() {
    var later = shift(1, "RESERVE", "BCP", "3000.00", "2027-05-01", "2027-02-01T10:00:00Z");
    assertNull(Envelopes.overdrawn(AGREEMENT, List.of(), later));
    // Taking 2,000 from the reserve on 1 April leaves 1,000, and the May shift needs 3,000.
    var april = shift(2, "RESERVE", "ACM_IDM", "2000.00", "2027-04-01", "2027-02-02T10:00:00Z");
    assertEquals("RESERVE", Envelopes.overdrawn(AGREEMENT, List.of(later), april));
    var small = shift(3, "BCP", "ACM_IDM", "299999.99", "2027-04-01", "2027-02-02T10:00:00Z");
    assertNull(Envelopes.overdrawn(AGREEMENT, List.of(later), small));
  }
}
