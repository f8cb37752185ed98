package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.review.Rounds;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/municipalities/{id}/reviewers}: who reviews a municipality (coordinator). */
@Path("municipalities/{id}/reviewers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewerAssignmentResource {

  @Inject CurrentUser currentUser;

  @Inject Rounds rounds;

  /** The usernames of the reviewers of a municipality. */
  public record Reviewers(List<String> reviewers) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De CRT-experten van een gemeente instellen (coördinator)")
  public Response reviewers(@PathParam("id") long municipalityId, Reviewers input) {
    if (input == null || input.reviewers() == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    rounds.assignReviewers(currentUser.account(), municipalityId, input.reviewers());
    return Response.noContent().build();
  }
}
