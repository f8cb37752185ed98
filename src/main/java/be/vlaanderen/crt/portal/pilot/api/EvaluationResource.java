package be.vlaanderen.crt.portal.pilot.api;

import be.vlaanderen.crt.portal.pilot.register.PilotRegister;
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

/** {@code /api/pilot/evaluations}: the evaluation after go-live. */
@Path("pilot/evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

  @Inject CurrentUser currentUser;

  @Inject PilotRegister register;

  @GET
  @Operation(summary = "De evaluaties van de zichtbare gemeenten (CRT, stuurgroep)")
  public List<PilotRegister.EvaluationView> all() {
    return register.evaluations(currentUser.account());
  }

  @PUT
  @Path("mine")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De eigen evaluatie invullen of bijwerken (gemeente; 1–5)")
  public Response evaluate(PilotRegister.EvaluationInput in) {
    register.evaluate(currentUser.account(), in);
    return Response.noContent().build();
  }
}
