package be.vlaanderen.crt.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The portal's dates are Brussels dates: no "today" in the server's own zone anywhere. */
class ProgrammeTimeTest {

  private static final Pattern SERVER_ZONE_NOW =
      Pattern.compile("\\b(LocalDate|LocalDateTime|YearMonth|LocalTime)\\.now\\(\\)");

  @Test
  void noCodeAsksTheServerZoneForToday() throws IOException {
    List<String> found = new ArrayList<>();
    try (var files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (SERVER_ZONE_NOW.matcher(lines.get(i)).find()) {
            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), found, "use ProgrammeTime.today()/now()/thisMonth()");
  }

  @Test
  void halfAnHourAfterMidnightInBrusselsIsTheNextDayWhateverTheServerZone() {
    java.util.TimeZone server = java.util.TimeZone.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
      // 4 December 23:30 UTC = 5 December 00:30 in Brussels (winter time)
      ProgrammeTime.useClock(
          java.time.Clock.fixed(
              java.time.Instant.parse("2026-12-04T23:30:00Z"), java.time.ZoneOffset.UTC));
      assertEquals(java.time.LocalDate.of(2026, 12, 5), ProgrammeTime.today());
      assertEquals(java.time.LocalDateTime.of(2026, 12, 5, 0, 30), ProgrammeTime.now());
      // and on the last evening of a month the month has already turned in Brussels
      ProgrammeTime.useClock(
          java.time.Clock.fixed(
              java.time.Instant.parse("2026-11-30T23:30:00Z"), java.time.ZoneOffset.UTC));
      assertEquals(java.time.YearMonth.of(2026, 12), ProgrammeTime.thisMonth());
      // summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Brussels
      ProgrammeTime.useClock(
          java.time.Clock.fixed(
              java.time.Instant.parse("2026-06-30T22:30:00Z"), java.time.ZoneOffset.UTC));
      assertEquals(java.time.LocalDate.of(2026, 7, 1), ProgrammeTime.today());
    } finally {
      ProgrammeTime.useClock(null);
      java.util.TimeZone.setDefault(server);
    }
  }

  @Test
  void todayIsTheDateInBrussels() {
    var brussels = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Brussels"));
    var today = ProgrammeTime.today();
    // equal unless the test runs exactly across midnight
    assertTrue(
        today.equals(brussels.toLocalDate()) || today.equals(brussels.toLocalDate().plusDays(1)),
        today + " vs " + brussels);
  }
}
