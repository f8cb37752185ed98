package be.vlaanderen.crt.portal.admin.api;

import be.vlaanderen.crt.portal.platform.NodeName;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.cost.RequestCosts;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/admin/requests}: the heaviest of this node's last requests by SQL statements, and one
 * request by its {@code X-Request-Id} (coordinators). Which page gets slower as the programme grows
 * shows here before anyone waits for it.
 */
@Path("admin/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestsAdminResource {

  @Inject CurrentUser currentUser;

  @Inject NodeName node;

  /** The answer: this node and its requests. */
  public record Requests(String node, List<RequestCosts.Entry> requests) {}

  @GET
  @Operation(
      summary = "De zwaarste van de laatste verzoeken van dit knooppunt, naar SQL-opdrachten")
  public Requests heaviest(@QueryParam("limit") @DefaultValue("20") int limit) {
    mayRead();
    return new Requests(node.get(), RequestCosts.heaviest(Math.max(1, Math.min(limit, 200))));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Eén verzoek van dit knooppunt, gevonden op zijn X-Request-Id")
  public RequestCosts.Entry one(@PathParam("id") String id) {
    mayRead();
    return RequestCosts.byId(id).orElseThrow(() -> new NotVisibleException("Request " + id));
  }

  private void mayRead() {
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only a coordinator sees the requests' costs");
    }
  }
}
