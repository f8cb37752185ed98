package be.vlaanderen.crt.portal.toolkit.api;

import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.search.Searches;
import be.vlaanderen.crt.portal.search.Searches.Request;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.toolkit.SearchService;
import be.vlaanderen.crt.portal.toolkit.api.ToolkitApi.SearchView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/search}: the internal search over the extracted text of submissions, limited inside
 * the query to what the caller may read (a municipality its own documents, a reviewer those of its
 * municipalities, a coordinator all); {@code /api/admin/search}: the index's state and a rebuild.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

  @Inject CurrentUser currentUser;

  @Inject AccessPolicy access;

  @Inject SearchService search;

  @GET
  @Operation(summary = "Zoeken in de tekst van de ingediende documenten die u mag zien")
  public SearchView internal(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("page") Integer page) {
    UserAccount account = currentUser.account();
    if (account.getRole() == Role.STEERING) {
      throw new NotPermittedException("The steering committee sees no documents");
    }
    var scope =
        account.getRole() == Role.COORDINATOR
            ? Searches.internalOf(null)
            : Searches.internalOf(access.visibleMunicipalityIds(account));
    return ToolkitApi.view(
        search.search(
            new Request(
                ToolkitApi.limit(q),
                null,
                type,
                null,
                page == null ? 0 : Math.max(0, page - 1),
                ToolkitApi.PAGE_SIZE),
            scope));
  }
}
