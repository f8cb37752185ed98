package be.vlaanderen.crt.portal.admin.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.ProgrammeTime;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/admin/clock}: the programme's clock, settable only on a test server ({@code
 * crt.clock.adjustable=true}, never in production, where the endpoint answers 404). The integration
 * tests use it to run the portal at 00:30 Brussels time, when UTC is still on the day before.
 */
@Path("admin/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

  /** What the clock says: the instant (UTC) and the programme's date and time in Brussels. */
  public record ClockView(String instant, String brusselsDate, String brusselsTime) {}

  /** A fixed instant for the clock, ISO-8601 in UTC, e.g. {@code 2026-12-04T23:30:00Z}. */
  public record ClockInput(String instant) {}

  @Inject CurrentUser currentUser;

  @Inject
  @ConfigProperty(name = "crt.clock.adjustable", defaultValue = "false")
  boolean adjustable;

  @GET
  @Operation(summary = "De klok van het programma (alleen op een testserver)")
  public ClockView clock() {
    allowed();
    return view();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De klok op een vast ogenblik zetten (alleen op een testserver)")
  public ClockView set(ClockInput in) {
    allowed();
    if (in == null || in.instant() == null) {
      throw new InvalidInputException("clock.instant");
    }
    try {
      ProgrammeTime.useClock(Clock.fixed(Instant.parse(in.instant().strip()), ProgrammeTime.ZONE));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("clock.instant");
    }
    return view();
  }

  @DELETE
  @Operation(summary = "De klok terug op de systeemklok zetten (alleen op een testserver)")
  public ClockView reset() {
    allowed();
    ProgrammeTime.useClock(null);
    return view();
  }

  private void allowed() {
    if (!adjustable) {
      throw new NotFoundException();
    }
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only a coordinator sets the test clock");
    }
  }

  private static ClockView view() {
    var now = ProgrammeTime.now();
    return new ClockView(
        now.atZone(ProgrammeTime.ZONE).toInstant().toString(),
        now.toLocalDate().toString(),
        now.toLocalTime().withNano(0).toString());
  }
}
