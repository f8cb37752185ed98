package be.vlaanderen.crt.portal.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The daily job's next run on the Brussels wall clock: around midnight and across DST changes. */
class BackgroundJobsTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final LocalTime SEVEN = LocalTime.of(7, 0);

  private static ZonedDateTime at(String local) {
    return LocalDateTime.parse(local).atZone(BRUSSELS);
  }

  @Test
  void justBeforeAndAfterMidnightBrusselsTheNextRunIsThatMorningAtSeven() {
    assertEquals(
        Duration.ofHours(7).plusMinutes(1),
        BackgroundJobs.untilNext(at("2026-12-05T23:59"), SEVEN),
        "23:59 in Brussels (22:59 UTC): the coming morning");
    assertEquals(
        Duration.ofHours(6).plusMinutes(59),
        BackgroundJobs.untilNext(at("2026-12-06T00:01"), SEVEN));
    // 00:30 in Brussels is still 23:30 UTC of the day before: the server's UTC date does not count.
    assertEquals(
        Duration.ofHours(6).plusMinutes(30),
        BackgroundJobs.untilNext(
            ZonedDateTime.parse("2026-12-05T23:30Z").withZoneSameInstant(BRUSSELS), SEVEN));
  }

  @Test
  void atSevenSharpOrAfterTheNextRunIsTomorrow() {
    assertEquals(Duration.ofHours(24), BackgroundJobs.untilNext(at("2026-12-05T07:00"), SEVEN));
    assertEquals(
        Duration.ofHours(23).plusMinutes(59),
        BackgroundJobs.untilNext(at("2026-12-05T07:01"), SEVEN));
  }

  @Test
  void daylightSavingTimeKeepsSevenOnTheWallClock() {
    // Summer time starts on 28 March 2027 at 02:00, winter time on 31 October 2027 at 03:00.
    assertEquals(
        Duration.ofHours(6),
        BackgroundJobs.untilNext(at("2027-03-28T00:00"), SEVEN),
        "from midnight to seven is six real hours that night");
    assertEquals(Duration.ofHours(23), BackgroundJobs.untilNext(at("2027-03-27T07:00"), SEVEN));
    assertEquals(Duration.ofHours(25), BackgroundJobs.untilNext(at("2027-10-30T07:00"), SEVEN));
  }
}
