package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.review.Assessments;
import be.vlaanderen.crt.portal.review.ReviewService;
import be.vlaanderen.crt.portal.review.RoundAssessment;
import be.vlaanderen.crt.portal.review.RoundReleases;
import be.vlaanderen.crt.portal.review.RoundReleases.Released;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/submissions/{id}/review/…}: release of the round and the overall assessment. */
@Path("submissions/{id}/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionReviewResource {

  @Inject CurrentUser currentUser;

  @Inject ReviewService review;

  @Inject RoundReleases releases;

  @Inject Assessments assessments;

  @POST
  @Path("release")
  @Operation(summary = "De ronde van deze inzending vrijgeven aan de gemeente (CRT)")
  public Released release(@PathParam("id") long submissionId) {
    return releases.release(currentUser.account(), submissionId);
  }

  /** The overall assessment as sent and shown. */
  public record Assessment(String text, String author, String updatedAt) {}

  @GET
  @Path("assessment")
  @Operation(summary = "De algemene beoordeling van de ronde (na vrijgave ook voor de gemeente)")
  public Response assessment(@PathParam("id") long submissionId) {
    RoundAssessment found = assessments.assessment(currentUser.account(), submissionId);
    if (found == null) {
      return Response.noContent().build();
    }
    return Response.ok(
            new Assessment(found.getBody(), found.getAuthor(), found.getUpdatedAt().toString()))
        .build();
  }

  @PUT
  @Path("assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De algemene beoordeling van de ronde schrijven (CRT)")
  public Response saveAssessment(@PathParam("id") long submissionId, Assessment input) {
    assessments.saveAssessment(
        currentUser.account(), submissionId, input == null ? null : input.text());
    return Response.noContent().build();
  }

  /** Whether the municipality has processed a remark. */
  public record Processed(boolean processed) {}

  @PUT
  @Path("remarks/{remark}/processed")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een opmerking als verwerkt markeren (gemeente)")
  public Response processed(
      @PathParam("id") long submissionId, @PathParam("remark") long remarkId, Processed input) {
    review.markProcessed(
        currentUser.account(), submissionId, remarkId, input != null && input.processed());
    return Response.noContent().build();
  }
}
