package be.vlaanderen.crt.portal.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The programme's calendar: deadlines, rounds, time registration and the pilot's call run on
 * Belgian time, whatever zone the server runs in (containers usually run in UTC, an hour or two
 * behind at midnight). Every "today" and "now" of the portal's dates comes from here.
 */
public final class ProgrammeTime {

  /** The programme's zone: Flanders. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  private static volatile Clock clock = Clock.system(ZONE);

  private ProgrammeTime() {}

  /**
   * Tests only (unit tests, and {@code /api/admin/clock} when {@code crt.clock.adjustable=true}):
   * runs the programme's calendar on another clock (a fixed instant such as 23:30 UTC, which is
   * already the next day in Brussels); {@code null} goes back to the system clock.
   */
  public static void useClock(Clock other) {
    clock = other == null ? Clock.system(ZONE) : other.withZone(ZONE);
  }

  /** Today in Brussels. */
  public static LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The wall-clock time in Brussels (deadlines are stored as Brussels local times). */
  public static LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /**
   * The day a report is "as of", from a query parameter: today when empty, never in the future, ISO
   * ({@code 2026-12-05}); anything else is input the person can correct.
   */
  public static LocalDate reportDay(String value) {
    if (value == null || value.isBlank()) {
      return today();
    }
    try {
      LocalDate day = LocalDate.parse(value.strip());
      if (day.isAfter(today())) {
        throw new InvalidInputException("steering.futureDate");
      }
      return day;
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException("pilot.invalidDate", value);
    }
  }

  /** The moment that closes a day in Brussels: a report of that day sees what was known then. */
  public static java.time.Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  /** This month in Brussels. */
  public static YearMonth thisMonth() {
    return YearMonth.now(clock);
  }
}
