package be.vlaanderen.crt.portal.toolkit.api;

import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.NotPermittedException;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.toolkit.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/admin/search}: the index's state and a full rebuild (coordinators). */
@Path("admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminApi {

  @Inject CurrentUser currentUser;

  @Inject SearchService search;

  @GET
  @Operation(summary = "De stand van de zoekindex: laatst verwerkte wijziging en achterstand")
  public Map<String, Long> state() {
    requireCoordinator();
    return Map.of("lastApplied", search.lastApplied(), "lag", search.lag());
  }

  @POST
  @Path("rebuild")
  @Operation(summary = "De zoekindex volledig opnieuw opbouwen uit MariaDB en de objectopslag")
  public Map<String, Long> rebuild() {
    requireCoordinator();
    int documents = search.rebuild();
    return Map.of("documents", (long) documents, "lastApplied", search.lastApplied());
  }

  private void requireCoordinator() {
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only a coordinator manages the search index");
    }
  }
}
