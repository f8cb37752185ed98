package be.vlaanderen.crt.portal.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The split of the programme's envelope over its budget lines on a date: the agreement's amounts
 * (BCP, ACM_IDM, and RESERVE, the part of the programme's envelope in neither track) plus every
 * shift valid on that date and known before the cutoff. Shifts move money, so the lines always add
 * up to the programme's envelope.
 */
public final class Envelopes {

  public static final String PROGRAMME = "PROGRAMME";
  public static final String RESERVE = "RESERVE";
  public static final List<String> LINES = List.of("BCP", "ACM_IDM", RESERVE);

  /** A decided move of money between two lines, valid from a date on. */
  public record Shift(
      long id,
      LocalDate validFrom,
      String from,
      String to,
      BigDecimal amount,
      String reason,
      String meeting,
      Instant createdAt,
      String createdBy)
      implements Serializable {}

  private Envelopes() {}

  /**
   * The lines ({@link #LINES}, plus {@link #PROGRAMME}) on {@code day}, with the shifts valid then
   * and recorded before {@code cutoff} (null: all recorded).
   */
  public static Map<String, BigDecimal> on(
      Map<String, BigDecimal> agreement, List<Shift> shifts, LocalDate day, Instant cutoff) {
    Map<String, BigDecimal> lines = new LinkedHashMap<>();
    BigDecimal programme = agreement.getOrDefault(PROGRAMME, BigDecimal.ZERO);
    BigDecimal tracks = BigDecimal.ZERO;
    for (String line : LINES) {
      if (!line.equals(RESERVE)) {
        BigDecimal amount = agreement.getOrDefault(line, BigDecimal.ZERO);
        lines.put(line, amount);
        tracks = tracks.add(amount);
      }
    }
    lines.put(RESERVE, programme.subtract(tracks));
    for (Shift s : shifts) {
      if (!s.validFrom().isAfter(day) && (cutoff == null || s.createdAt().isBefore(cutoff))) {
        lines.merge(s.from(), s.amount().negate(), BigDecimal::add);
        lines.merge(s.to(), s.amount(), BigDecimal::add);
      }
    }
    lines.put(PROGRAMME, programme);
    return lines;
  }

  /**
   * The first line that would go below zero on some date from the new shift's date on, or null: a
   * later shift valid earlier may have moved money away already.
   */
  public static String overdrawn(
      Map<String, BigDecimal> agreement, List<Shift> shifts, Shift candidate) {
    List<Shift> all = new java.util.ArrayList<>(shifts);
    all.add(candidate);
    java.util.SortedSet<LocalDate> dates = new java.util.TreeSet<>();
    dates.add(candidate.validFrom());
    for (Shift s : shifts) {
      if (s.validFrom().isAfter(candidate.validFrom())) {
        dates.add(s.validFrom());
      }
    }
    for (LocalDate date : dates) {
      for (Map.Entry<String, BigDecimal> line : on(agreement, all, date, null).entrySet()) {
        if (line.getValue().signum() < 0) {
          return line.getKey();
        }
      }
    }
    return null;
  }
}
