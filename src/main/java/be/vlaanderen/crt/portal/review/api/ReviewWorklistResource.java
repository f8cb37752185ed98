package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.review.ReviewWorklist;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/review/worklist}: the submissions the reviewer reviews. */
@Path("review/worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewWorklistResource {

  @Inject CurrentUser currentUser;

  @Inject ReviewWorklist worklist;

  @GET
  @Operation(summary = "De inzendingen die de CRT-expert beoordeelt")
  public List<ReviewWorklist.Row> worklist() {
    return worklist.rows(currentUser.account());
  }
}
