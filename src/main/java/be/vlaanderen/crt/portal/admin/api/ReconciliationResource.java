package be.vlaanderen.crt.portal.admin.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.storage.Reconciliation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
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

  /** The shortest grace period allowed (an upload in progress wrote its object before its row). */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "crt.reconciliation.min-grace-hours",
      defaultValue = "1")
  long minGraceHours;

  @GET
  @Operation(
      summary =
          "Vergelijkt databank en objectopslag: verweesde objecten en ontbrekende objecten, met het"
              + " aantal verwijzingen per soort bestand")
  public Reconciliation.Report report() {
    requireCoordinator();
    return reconciliation.run();
  }

  @POST
  @Path("deep")
  @Operation(
      summary =
          "Start de grondige controle: elk object wordt gelezen en de grootte en SHA-256 vergeleken"
              + " met de databank (met 'after' hervat na die sleutel)")
  public Response startDeep(@QueryParam("after") String after) {
    requireCoordinator();
    return Response.accepted(reconciliation.startDeep(after)).build();
  }

  @GET
  @Path("deep")
  @Operation(summary = "De voortgang en de bevindingen van de grondige controle")
  public Reconciliation.DeepProgress deep() {
    requireCoordinator();
    return reconciliation.deepProgress();
  }

  @POST
  @Path("orphans/removal")
  @Operation(
      summary =
          "Verweesde objecten ouder dan de wachttijd verwijderen; standaard een proefrun"
              + " (dryRun=true) die alleen toont wat zou verdwijnen")
  public Reconciliation.OrphanRemoval removeOrphans(
      @QueryParam("dryRun") @DefaultValue("true") String dryRun,
      @QueryParam("graceHours") @DefaultValue("24") String graceHours) {
    requireCoordinator();
    long hours;
    try {
      hours = Long.parseLong(graceHours.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("reconciliation.invalid.grace", minGraceHours);
    }
    if (hours < minGraceHours || hours > 24 * 365) {
      throw new InvalidInputException("reconciliation.invalid.grace", minGraceHours);
    }
    if (!dryRun.equals("true") && !dryRun.equals("false")) {
      throw new InvalidInputException("reconciliation.invalid.dryRun");
    }
    return reconciliation.removeOrphans(Boolean.parseBoolean(dryRun), Duration.ofHours(hours));
  }

  private void requireCoordinator() {
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Reconciliation is for coordinators");
    }
  }
}
