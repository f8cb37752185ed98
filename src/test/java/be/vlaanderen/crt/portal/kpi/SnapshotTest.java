package be.vlaanderen.crt.portal.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the municipalities' values add up to the programme's figure of each kind of measure. */
class SnapshotTest {

  private static final List<Measurements.Member> MEMBERS =
      List.of(
          new Measurements.Member(1, "Aalst", true, true),
          new Measurements.Member(2, "Brugge", true, false),
          new Measurements.Member(3, "Gent", false, true));

  private static Measurements.Snapshot snapshot(Measure m, Map<Long, BigDecimal> values) {
    Map<Measure, Map<Long, BigDecimal>> all = new EnumMap<>(Measure.class);
    for (Measure each : Measure.values()) {
      all.put(each, new HashMap<>());
    }
    all.put(m, values);
    return new Measurements.Snapshot(MEMBERS, all);
  }

  @Test
  void integrationsAreSummedAndMunicipalitiesWithOneAreCounted() {
    Map<Long, BigDecimal> values = Map.of(1L, BigDecimal.valueOf(2), 2L, BigDecimal.ZERO);
    assertEquals(
        BigDecimal.valueOf(2),
        snapshot(Measure.INTEGRATIONS_ACM_TI, values).total(Measure.INTEGRATIONS_ACM_TI));
    assertEquals(
        BigDecimal.ONE,
        snapshot(Measure.MUNICIPALITIES_ACM_TI, values).total(Measure.MUNICIPALITIES_ACM_TI));
    // The basis of a count is the track's municipalities, answered or not.
    assertEquals(
        2, snapshot(Measure.MUNICIPALITIES_ACM_TI, values).basis(Measure.MUNICIPALITIES_ACM_TI));
    assertEquals(2, snapshot(Measure.BIA_SUBMITTED, Map.of()).basis(Measure.BIA_SUBMITTED));
  }

  @Test
  void aScoreIsTheAverageOfTheAnswersGivenAndAbsentWithoutAny() {
    Map<Long, BigDecimal> values = Map.of(1L, BigDecimal.valueOf(4), 2L, BigDecimal.valueOf(5));
    Measurements.Snapshot s = snapshot(Measure.SATISFACTION_AFTER, values);
    assertEquals(new BigDecimal("4.50"), s.total(Measure.SATISFACTION_AFTER));
    assertEquals(2, s.basis(Measure.SATISFACTION_AFTER));
    Map<Long, BigDecimal> thirds =
        Map.of(1L, BigDecimal.valueOf(4), 2L, BigDecimal.valueOf(4), 3L, BigDecimal.valueOf(3));
    assertEquals(
        new BigDecimal("3.67"),
        snapshot(Measure.SATISFACTION_AFTER, thirds).total(Measure.SATISFACTION_AFTER));
    assertNull(snapshot(Measure.EAGERNESS, Map.of()).total(Measure.EAGERNESS));
  }

  @Test
  void aScoreTargetStopsAtFiveAndACountTargetDoesNot() {
    assertEquals(BigDecimal.valueOf(5), Measure.SATISFACTION_BEFORE.maxTarget());
    assertEquals(0, BigDecimal.valueOf(100000).compareTo(Measure.OBSTACLES.maxTarget()));
  }
}
