package be.vlaanderen.crt.portal.budget.api;

import be.vlaanderen.crt.portal.budget.TimeEntries;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/time-locks}: months approved by the coordinator. */
@Path("time-locks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TimeLockResource {

  @Inject CurrentUser currentUser;

  @Inject TimeEntries entries;

  @GET
  @Operation(summary = "De goedgekeurde (afgesloten) maanden")
  public List<TimeEntries.LockView> locks() {
    return entries.locks();
  }

  @PUT
  @Path("{month}")
  @Operation(summary = "Een maand goedkeuren en afsluiten (coördinator)")
  public Response lock(@PathParam("month") String month) {
    entries.lock(currentUser.account(), TimeEntryResource.yearMonth(month));
    return Response.noContent().build();
  }
}
