package be.vlaanderen.crt.portal.pilot.api;

import be.vlaanderen.crt.portal.pilot.PilotKpis;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/pilot/kpis}: the pilot's KPIs (coordinator, steering committee). */
@Path("pilot/kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PilotKpiResource {

  @Inject CurrentUser currentUser;

  @Inject PilotKpis kpis;

  @GET
  @Operation(
      summary =
          "Geslaagde integraties per omgeving (acmTi, acmPrd, idmTi, idmPrd), per groep, tevredenheid en bereidheid")
  public PilotKpis.Kpis kpis() {
    return kpis.kpis(currentUser.account());
  }
}
