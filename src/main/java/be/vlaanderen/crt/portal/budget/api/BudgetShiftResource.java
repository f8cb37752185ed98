package be.vlaanderen.crt.portal.budget.api;

import be.vlaanderen.crt.portal.budget.BudgetShifts;
import be.vlaanderen.crt.portal.budget.Envelopes;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/budget/shifts}: moves between the budget lines (BCP, ACM_IDM, RESERVE) decided by the
 * steering committee, recorded by the coordinator; the history for both.
 */
@Path("budget/shifts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BudgetShiftResource {

  @Inject CurrentUser currentUser;

  @Inject BudgetShifts shifts;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "De verschuivingen tussen budgetlijnen, oudste datum eerst")
  public List<Envelopes.Shift> history() {
    return shifts.history(currentUser.account());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Eén verschuiving tussen budgetlijnen")
  public Envelopes.Shift one(@PathParam("id") long id) {
    return shifts.shift(currentUser.account(), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Een beslissing van de stuurgroep vastleggen: een bedrag van een budgetlijn naar een andere vanaf een datum, met reden en vergadering (coördinator)")
  @APIResponse(
      responseCode = "201",
      description = "Vastgelegd",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Envelopes.Shift.class)))
  public Response record(BudgetShifts.ShiftInput in) {
    Envelopes.Shift shift = shifts.record(currentUser.account(), in);
    return Created.at(uri, shift, "budget/shifts/{id}", shift.id());
  }
}
