package be.vlaanderen.crt.portal.admin.api;

import be.vlaanderen.crt.portal.notification.Outbox;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/admin/outbox}: the mail outbox's state and its parked mails (coordinators). */
@Path("admin/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

  @Inject CurrentUser currentUser;

  @Inject Outbox outbox;

  @GET
  @Operation(summary = "De stand van de uitgaande e-mail: wachtend, geparkeerd, oudste wachtende")
  public Outbox.Counts state() {
    requireCoordinator();
    return outbox.counts();
  }

  @GET
  @Path("failures")
  @Operation(
      summary = "E-mails die na alle pogingen niet verstuurd konden worden, met de laatste fout")
  public List<Outbox.Failed> failures() {
    requireCoordinator();
    return outbox.failed(500);
  }

  @POST
  @Path("failures/{id}/retry")
  @Operation(summary = "Een geparkeerde e-mail opnieuw versturen")
  public Map<String, Object> retry(@PathParam("id") long id) {
    requireCoordinator();
    if (!outbox.retry(id)) {
      throw new NotVisibleException("Parked mail " + id);
    }
    return Map.of("retried", id);
  }

  private void requireCoordinator() {
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only a coordinator manages the outbox");
    }
  }
}
