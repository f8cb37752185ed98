package be.vlaanderen.crt.portal.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The day rates of every profile over time: a rate applies from its date on, until the next rate of
 * the same profile. Immutable; built from the stored rates.
 */
public final class Rates {

  /** One dated rate. */
  public record Rate(String profile, LocalDate validFrom, BigDecimal dayRate) {}

  private final Map<String, NavigableMap<LocalDate, BigDecimal>> byProfile;

  public Rates(List<Rate> rates) {
    byProfile =
        rates.stream()
            .sorted(Comparator.comparing(Rate::validFrom))
            .collect(
                Collectors.groupingBy(
                    Rate::profile,
                    Collectors.toMap(Rate::validFrom, Rate::dayRate, (a, b) -> b, TreeMap::new)));
  }

  /**
   * The rate of a profile on a day.
   *
   * @throws IllegalStateException no rate applies yet on that day
   */
  public BigDecimal on(String profile, LocalDate day) {
    NavigableMap<LocalDate, BigDecimal> rates = byProfile.get(profile);
    Map.Entry<LocalDate, BigDecimal> rate = rates == null ? null : rates.floorEntry(day);
    if (rate == null) {
      throw new IllegalStateException("No rate for " + profile + " on " + day);
    }
    return rate.getValue();
  }

  /** Whether a rate applies on that day. */
  public boolean has(String profile, LocalDate day) {
    NavigableMap<LocalDate, BigDecimal> rates = byProfile.get(profile);
    return rates != null && rates.floorEntry(day) != null;
  }
}
