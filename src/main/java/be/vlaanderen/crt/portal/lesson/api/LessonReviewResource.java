package be.vlaanderen.crt.portal.lesson.api;

import be.vlaanderen.crt.portal.lesson.LessonResponses;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/lesson-reviews}: the participants confirm or comment on the lessons approved for
 * publication; the CRT and the steering committee read what they said.
 */
@Path("lesson-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LessonReviewResource {

  /** CONFIRMED, or COMMENTED with a comment. */
  public record Verdict(String verdict, String comment) {}

  @Inject CurrentUser currentUser;

  @Inject LessonResponses responses;

  @Inject be.vlaanderen.crt.portal.programme.WorkshopFeedback feedback;

  /** Lessons waiting for publication are shown to participants whose workshop 5 has come. */
  private void requireOpenQuestionnaire() {
    if (currentUser.account().getRole() == be.vlaanderen.crt.portal.security.Role.MUNICIPALITY
        && !feedback.participatesNow(currentUser.account())) {
      throw new be.vlaanderen.crt.portal.platform.NotVisibleException("No open questionnaire");
    }
  }

  @GET
  @Operation(summary = "De goedgekeurde lessen met het eigen antwoord (deelnemende gemeente)")
  public List<LessonResponses.ForParticipant> forParticipant() {
    requireOpenQuestionnaire();
    return responses.forParticipant(currentUser.account());
  }

  @PUT
  @Path("{lessonId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een goedgekeurde les bevestigen of er een opmerking bij geven")
  public List<LessonResponses.ForParticipant> respond(
      @PathParam("lessonId") long lessonId, Verdict in) {
    requireOpenQuestionnaire();
    if (in == null) {
      throw new InvalidInputException("lessonResponse.verdict");
    }
    responses.respond(currentUser.account(), lessonId, in.verdict(), in.comment());
    return responses.forParticipant(currentUser.account());
  }

  @GET
  @Path("summary")
  @Operation(
      summary =
          "Per goedgekeurde les: hoeveel gemeenten bevestigden en hun opmerkingen (CRT, stuurgroep)")
  public List<LessonResponses.Summary> summary() {
    return responses.summaries(currentUser.account());
  }
}
