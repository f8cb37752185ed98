package be.vlaanderen.crt.portal.submission.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.submission.ReviewState;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code PUT /api/submissions/{id}/review-state}: in review, feedback available, accepted (the
 * CRT).
 */
@Path("submissions/{id}/review-state")
@RequestScoped
public class ReviewStateResource {

  @Inject CurrentUser currentUser;

  @Inject SubmissionService submissions;

  /** The new state. */
  public record NewState(String state) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "De stand van de beoordeling zetten: IN_REVIEW, FEEDBACK_AVAILABLE of ACCEPTED")
  public Response set(@PathParam("id") long submissionId, NewState input) {
    ReviewState state;
    try {
      state = ReviewState.valueOf(input == null ? "" : String.valueOf(input.state()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("review.invalid.state");
    }
    submissions.review(currentUser.account(), submissionId, state);
    return Response.noContent().build();
  }
}
