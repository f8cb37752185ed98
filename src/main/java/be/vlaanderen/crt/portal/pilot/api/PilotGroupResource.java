package be.vlaanderen.crt.portal.pilot.api;

import be.vlaanderen.crt.portal.pilot.PilotGroups;
import be.vlaanderen.crt.portal.pilot.PilotMeeting;
import be.vlaanderen.crt.portal.pilot.PilotSelection;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/pilot/groups}: the groups, their members, meetings and analysts. */
@Path("pilot/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PilotGroupResource {

  @Inject CurrentUser currentUser;

  @jakarta.ws.rs.core.Context UriInfo uri;

  @Inject PilotSelection selection;

  @Inject PilotGroups pilotGroups;

  /** A meeting to plan: kind INTAKE or COURSE, local date-time. */
  public record NewMeeting(String kind, String heldAt, String place, String participants) {}

  /** An analyst (username of a CRT expert / DV analyst). */
  public record Analyst(String username) {}

  @GET
  @Operation(summary = "De groepen met leden en bijeenkomsten (CRT, stuurgroep)")
  public List<PilotGroups.GroupView> groups() {
    return pilotGroups.groups(currentUser.account());
  }

  @PUT
  @Path("{id}/members/{applicationId}")
  @Operation(summary = "Een geselecteerde gemeente naar deze groep verplaatsen (coördinator)")
  public Response move(
      @PathParam("id") long groupId, @PathParam("applicationId") long applicationId) {
    pilotGroups.move(currentUser.account(), applicationId, groupId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/meetings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een intake of cursussessie plannen (coördinator)")
  public Response meeting(@PathParam("id") long groupId, NewMeeting in) {
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    PilotMeeting.Kind kind;
    LocalDateTime at;
    try {
      kind = PilotMeeting.Kind.valueOf(String.valueOf(in.kind()));
      at = LocalDateTime.parse(String.valueOf(in.heldAt()));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new InvalidInputException("pilot.meeting.required");
    }
    long id =
        pilotGroups.addMeeting(
            currentUser.account(), groupId, kind, at, in.place(), in.participants());
    return Created.at(uri, Map.of("id", id), "pilot/groups/{g}/meetings/{m}", groupId, id);
  }

  @GET
  @Path("{id}/meetings/{meeting}")
  @Operation(summary = "Eén intake of cursussessie van een groep")
  public PilotGroups.MeetingView meeting(
      @PathParam("id") long groupId, @PathParam("meeting") long meeting) {
    return pilotGroups.groups(currentUser.account()).stream()
        .filter(g -> g.id() == groupId)
        .flatMap(g -> g.meetings().stream())
        .filter(m -> m.id() == meeting)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("No such meeting in this group"));
  }

  @PUT
  @Path("{id}/analyst")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een analist verantwoordelijk maken voor alle gemeenten van de groep")
  public Map<String, Integer> analyst(@PathParam("id") long groupId, Analyst in) {
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    return Map.of(
        "added", pilotGroups.assignAnalyst(currentUser.account(), groupId, in.username()));
  }
}
