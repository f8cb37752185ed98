package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.programme.Track;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One time entry as the reports see it: its cost, exact, at the rate of its day.
 *
 * @param municipalityId null for group-level or track-level work
 */
public record Realised(
    String person,
    String profile,
    LocalDate date,
    BigDecimal days,
    Money cost,
    Activity activity,
    Track track,
    Long groupId,
    Long municipalityId) {}
