package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.review.GroupFeedbackService;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/remarks/{id}/lesson-draft}: a lesson-learned draft from a remark. */
@Path("remarks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RemarkResource {

  @Inject CurrentUser currentUser;

  @Inject GroupFeedbackService group;

  @jakarta.ws.rs.core.Context HttpHeaders headers;

  @jakarta.ws.rs.core.Context UriInfo uri;

  @POST
  @Path("{id}/lesson-draft")
  @Operation(summary = "Een ontwerp van les maken van een opmerking, zonder gemeentenaam (CRT)")
  public Response promote(@PathParam("id") long remarkId) {
    long id = group.promoteRemark(currentUser.account(), remarkId, locale());
    return Created.at(uri, Map.of("id", id), "lessons/{id}", id);
  }

  private Locale locale() {
    return headers == null ? Messages.DUTCH : Messages.choose(headers.getAcceptableLanguages());
  }
}
