package be.vlaanderen.crt.portal.storage.api;

import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.NotPermittedException;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.storage.Reconciliation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/admin/reconciliation}: objects without a row and rows without an object
 * (coordinators only).
 */
@Path("admin/reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

  @Inject CurrentUser currentUser;

  @Inject Reconciliation reconciliation;

  @GET
  @Operation(
      summary = "Vergelijkt databank en objectopslag: verweesde objecten en ontbrekende objecten")
  public Reconciliation.Report report() {
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Reconciliation is for coordinators");
    }
    return reconciliation.run();
  }
}
