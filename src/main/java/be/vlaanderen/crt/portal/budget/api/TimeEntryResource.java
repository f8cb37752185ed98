package be.vlaanderen.crt.portal.budget.api;

import be.vlaanderen.crt.portal.budget.TimeEntries;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/time-entries}: time registration. */
@Path("time-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TimeEntryResource {

  @Inject CurrentUser currentUser;

  @Inject TimeEntries entries;

  @jakarta.ws.rs.core.Context UriInfo uri;

  @GET
  @Operation(summary = "De prestaties van een maand (?month=jjjj-mm); een CRT-expert ziet de eigen")
  public List<TimeEntries.EntryView> month(@QueryParam("month") String month) {
    return entries.month(currentUser.account(), yearMonth(month));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Prestaties registreren (halve dagen, niet in de toekomst, hoogstens 1 dag per persoon per datum)")
  public Response add(TimeEntries.EntryInput in) {
    TimeEntries.EntryView created = entries.add(currentUser.account(), in);
    return Created.at(uri, created, "time-entries/{id}", created.id());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Eén prestatie; een CRT-expert ziet de eigen")
  public TimeEntries.EntryView one(@PathParam("id") long id) {
    return entries.entry(currentUser.account(), id);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Een prestatie verwijderen (niet in een goedgekeurde maand)")
  public Response delete(@PathParam("id") long id) {
    entries.delete(currentUser.account(), id);
    return Response.noContent().build();
  }

  static YearMonth yearMonth(String value) {
    if (value == null || value.isBlank()) {
      return be.vlaanderen.crt.portal.platform.ProgrammeTime.thisMonth();
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("time.month", value);
    }
  }
}
