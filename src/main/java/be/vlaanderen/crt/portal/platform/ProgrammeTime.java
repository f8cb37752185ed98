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

  private static final Clock CLOCK = Clock.system(ZONE);

  private ProgrammeTime() {}

  /** Today in Brussels. */
  public static LocalDate today() {
    return LocalDate.now(CLOCK);
  }

  /** The wall-clock time in Brussels (deadlines are stored as Brussels local times). */
  public static LocalDateTime now() {
    return LocalDateTime.now(CLOCK);
  }

  /** This month in Brussels. */
  public static YearMonth thisMonth() {
    return YearMonth.now(CLOCK);
  }
}
