package be.vlaanderen.crt.portal.programme.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.programme.WaveAssignments;
import be.vlaanderen.crt.portal.programme.WaveAssignments.AssignmentView;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/waves/{id}/assignments}: a wave's assignments; coordinators set new ones. */
@Path("waves/{id}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WaveAssignmentResource {

  @Inject CurrentUser currentUser;

  @jakarta.ws.rs.core.Context UriInfo uri;

  @Inject WaveAssignments waveAssignments;

  /**
   * A new assignment; the deadline as ISO local date-time (Belgian time), e.g. 2027-03-01T17:00.
   */
  public record NewAssignment(String kind, String title, String description, String deadline) {}

  @GET
  @Operation(summary = "De opdrachten van een traject")
  public List<AssignmentView> list(@PathParam("id") long waveId) {
    return waveAssignments.assignments(currentUser.account(), waveId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een opdracht uitzetten; de gemeenten van het traject krijgen een e-mail")
  public Response create(@PathParam("id") long waveId, NewAssignment input) {
    if (input == null) {
      throw new InvalidInputException("programme.invalid.title");
    }
    AssignmentKind kind;
    try {
      kind = AssignmentKind.valueOf(String.valueOf(input.kind()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("programme.invalid.kind");
    }
    LocalDateTime deadline;
    try {
      deadline = input.deadline() == null ? null : LocalDateTime.parse(input.deadline());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("programme.invalid.deadline");
    }
    long id =
        waveAssignments.createAssignment(
            currentUser.account(), waveId, kind, input.title(), input.description(), deadline);
    return Created.at(uri, one(waveId, id), "waves/{wave}/assignments/{assignment}", waveId, id);
  }

  @GET
  @Path("{assignmentId}")
  @Operation(summary = "Eén opdracht van een traject")
  public AssignmentView one(
      @PathParam("id") long waveId, @PathParam("assignmentId") long assignmentId) {
    return waveAssignments.assignments(currentUser.account(), waveId).stream()
        .filter(a -> a.id() == assignmentId)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("No such assignment in this wave"));
  }

  /** A new deadline, as ISO local date-time. */
  public record NewDeadline(String deadline) {}

  @jakarta.ws.rs.PUT
  @Path("{assignmentId}/deadline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De deadline van een opdracht verplaatsen (co\u00f6rdinatoren)")
  public Response moveDeadline(
      @PathParam("id") long waveId,
      @PathParam("assignmentId") long assignmentId,
      NewDeadline input) {
    LocalDateTime deadline;
    try {
      deadline =
          input == null || input.deadline() == null ? null : LocalDateTime.parse(input.deadline());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("programme.invalid.deadline");
    }
    if (waveAssignments.assignments(waveId).stream().noneMatch(a -> a.id() == assignmentId)) {
      throw new be.vlaanderen.crt.portal.platform.NotVisibleException("Assignment " + assignmentId);
    }
    waveAssignments.changeDeadline(currentUser.account(), assignmentId, deadline);
    return Response.noContent().build();
  }
}
