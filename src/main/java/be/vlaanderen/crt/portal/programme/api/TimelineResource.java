package be.vlaanderen.crt.portal.programme.api;

import be.vlaanderen.crt.portal.programme.ProgrammeTimeline;
import be.vlaanderen.crt.portal.programme.ProgrammeTimeline.TimelineItem;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/municipalities/{id}/timeline}: workshops and deadlines of a municipality in time.
 */
@Path("municipalities/{id}/timeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

  @Inject CurrentUser currentUser;

  @Inject ProgrammeTimeline programmeTimeline;

  @GET
  @Operation(summary = "Het traject van een gemeente: workshops en deadlines, in de tijd")
  public List<TimelineItem> timeline(@PathParam("id") long municipalityId) {
    return programmeTimeline.timeline(currentUser.account(), municipalityId);
  }
}
