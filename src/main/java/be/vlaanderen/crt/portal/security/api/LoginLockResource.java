package be.vlaanderen.crt.portal.security.api;

import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.LoginThrottle;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/admin/login-locks}: accounts and addresses locked after failed logins (coordinators).
 */
@Path("admin/login-locks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoginLockResource {

  @Inject CurrentUser currentUser;

  @Inject LoginThrottle throttle;

  @GET
  @Operation(
      summary = "Accounts en adressen die na mislukte aanmeldingen tijdelijk vergrendeld zijn")
  public List<LoginThrottle.Lock> locks() {
    requireCoordinator();
    return throttle.locks();
  }

  @DELETE
  @Path("{subject}")
  @Operation(summary = "Een vergrendeling opheffen (na controle bij de betrokkene)")
  public Response unlock(@PathParam("subject") String subject) {
    requireCoordinator();
    if (!throttle.unlock(subject)) {
      throw new NotVisibleException("Lock " + subject);
    }
    return Response.noContent().build();
  }

  private void requireCoordinator() {
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Login locks are for coordinators");
    }
  }
}
