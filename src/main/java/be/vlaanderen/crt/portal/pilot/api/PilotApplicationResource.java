package be.vlaanderen.crt.portal.pilot.api;

import be.vlaanderen.crt.portal.pilot.PilotSelection;
import be.vlaanderen.crt.portal.pilot.PilotSelection.ApplicationView;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/pilot/applications}: sign-up for the pilot. */
@Path("pilot/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PilotApplicationResource {

  @Inject CurrentUser currentUser;

  @Inject PilotSelection selection;

  @GET
  @Operation(summary = "Alle kandidaturen (coördinator, stuurgroep)")
  public List<ApplicationView> all() {
    return selection.applications(currentUser.account());
  }

  @GET
  @Path("mine")
  @Operation(summary = "De eigen kandidatuur (gemeente); 404 zonder kandidatuur")
  public Response mine() {
    ApplicationView mine = selection.myApplication(currentUser.account());
    return mine == null
        ? Response.status(Response.Status.NOT_FOUND).build()
        : Response.ok(mine).build();
  }

  @PUT
  @Path("mine")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Interesse registreren of de kandidatuur bijwerken (gemeente, tijdens de inschrijving)")
  public ApplicationView apply(PilotSelection.SignUp signUp) {
    return selection.apply(currentUser.account(), signUp);
  }
}
