package be.vlaanderen.crt.portal.toolkit.api;

import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.search.SearchFailures;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.toolkit.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/admin/search}: the index's state, its failed documents, a full rebuild
 * (coordinators).
 */
@Path("admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminApi {

  @Inject CurrentUser currentUser;

  @Inject SearchService search;

  @Inject SearchFailures failures;

  @GET
  @Operation(
      summary =
          "De stand van de zoekindex: laatst verwerkte wijziging, achterstand, documenten die"
              + " opnieuw geprobeerd worden en geparkeerde documenten")
  public Map<String, Object> state() {
    requireCoordinator();
    SearchFailures.Counts counts = search.failureCounts();
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("lastApplied", search.lastApplied());
    state.put("lag", search.lag());
    state.put("lastCaughtUp", search.lastCaughtUp().toString());
    state.put("retrying", counts.retrying());
    state.put("failed", counts.parked());
    return state;
  }

  @GET
  @Path("failures")
  @Operation(
      summary =
          "Documenten die niet (volledig) geïndexeerd konden worden: nog opnieuw te proberen of"
              + " geparkeerd, met de reden")
  public List<SearchFailures.Entry> failures() {
    requireCoordinator();
    return failures.all(500);
  }

  @POST
  @Path("failures/{id}/retry")
  @Operation(
      summary = "Een mislukt document meteen opnieuw proberen (na het verhelpen van de oorzaak)")
  public Map<String, Object> retry(@PathParam("id") long id) {
    requireCoordinator();
    if (!search.retry(id)) {
      throw new NotVisibleException("Search failure " + id);
    }
    return Map.of("retried", id);
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
