package be.vlaanderen.crt.portal.programme.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.WorkshopPlanning;
import be.vlaanderen.crt.portal.programme.WorkshopPlanning.WorkshopView;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/waves/{id}/workshops}: the five workshops of a wave, planned by the coordinator
 * (date, place, validated by ABB with its date); read by the CRT, the steering committee and the
 * wave's municipalities.
 */
@Path("waves/{id}/workshops")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WaveWorkshopResource {

  /**
   * A workshop's plan: {@code heldAt} as ISO local date-time in Brussels ({@code
   * 2027-02-11T09:30}), {@code validatedOn} as ISO date, required when {@code validatedByAbb}.
   */
  public record WorkshopPlan(
      String title, String heldAt, String place, Boolean validatedByAbb, String validatedOn) {}

  @Inject CurrentUser currentUser;

  @Inject WorkshopPlanning workshopPlanning;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "De workshops van een traject, met hun id, planning en materiaal")
  public List<WorkshopView> list(@PathParam("id") long waveId) {
    return workshopPlanning.workshops(currentUser.account(), waveId);
  }

  @GET
  @Path("{number}")
  @Operation(summary = "Workshop 1 tot 5 van een traject")
  public WorkshopView one(@PathParam("id") long waveId, @PathParam("number") int number) {
    return workshopPlanning.workshops(currentUser.account(), waveId).stream()
        .filter(w -> w.number() == number)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("No workshop " + number + " in this wave"));
  }

  @PUT
  @Path("{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Workshop 1 tot 5 aanmaken of plannen (coördinator): titel, datum en uur, plaats, gevalideerd door ABB met datum; 201 bij een nieuwe workshop")
  public Response plan(
      @PathParam("id") long waveId, @PathParam("number") int number, WorkshopPlan in) {
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    LocalDateTime heldAt;
    LocalDate validatedOn;
    try {
      heldAt =
          in.heldAt() == null || in.heldAt().isBlank()
              ? null
              : LocalDateTime.parse(in.heldAt().strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("programme.invalid.heldAt");
    }
    try {
      validatedOn =
          in.validatedOn() == null || in.validatedOn().isBlank()
              ? null
              : LocalDate.parse(in.validatedOn().strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("pilot.invalidDate", in.validatedOn());
    }
    boolean existed =
        workshopPlanning.workshops(currentUser.account(), waveId).stream()
            .anyMatch(w -> w.number() == number);
    workshopPlanning.saveWorkshop(
        currentUser.account(),
        waveId,
        number,
        in.title(),
        heldAt,
        in.place(),
        Boolean.TRUE.equals(in.validatedByAbb()),
        validatedOn);
    WorkshopView saved = one(waveId, number);
    return existed
        ? Response.ok(saved).build()
        : be.vlaanderen.crt.portal.platform.api.Created.at(
            uri, saved, "waves/{wave}/workshops/{number}", waveId, number);
  }
}
