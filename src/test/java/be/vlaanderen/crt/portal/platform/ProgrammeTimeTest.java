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
  void todayIsTheDateInBrussels() {
    var brussels = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Brussels"));
    var today = ProgrammeTime.today();
    // equal unless the test runs exactly across midnight
    assertTrue(
        today.equals(brussels.toLocalDate()) || today.equals(brussels.toLocalDate().plusDays(1)),
        today + " vs " + brussels);
  }
}
