package be.vlaanderen.crt.portal.admin.api;

import be.vlaanderen.crt.portal.platform.NodeName;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.health.DetailedHealthCheck;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/admin/health}: every readiness check of this node with its figures (coordinators).
 * The public {@code /health/ready} says only which checks are up.
 */
@Path("admin/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthAdminResource {

  @Inject CurrentUser currentUser;

  @Inject @Any Instance<DetailedHealthCheck> checks;

  @Inject NodeName node;

  @GET
  @Operation(
      summary =
          "De gezondheid van dit knooppunt met alle cijfers: databank, opslag, zoekindex, e-mail, webverkeer")
  public JsonObject health() {
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only a coordinator sees the health figures");
    }
    var list = Json.createArrayBuilder();
    boolean up = true;
    for (HealthCheckResponse check :
        checks.stream()
            .map(DetailedHealthCheck::detailed)
            .sorted(Comparator.comparing(HealthCheckResponse::getName))
            .toList()) {
      up &= check.getStatus() == HealthCheckResponse.Status.UP;
      JsonObjectBuilder data = Json.createObjectBuilder();
      check
          .getData()
          .ifPresent(
              map ->
                  map.forEach(
                      (key, value) -> {
                        if (value instanceof Number n) {
                          data.add(key, n.longValue());
                        } else if (value instanceof Boolean b) {
                          data.add(key, b);
                        } else {
                          data.add(key, String.valueOf(value));
                        }
                      }));
      list.add(
          Json.createObjectBuilder()
              .add("name", check.getName())
              .add("status", check.getStatus().name())
              .add("data", data));
    }
    return Json.createObjectBuilder()
        .add("node", node.get())
        .add("status", up ? "UP" : "DOWN")
        .add("checks", list)
        .build();
  }
}
