package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.review.GroupFeedbackService;
import be.vlaanderen.crt.portal.review.RoundReleases;
import be.vlaanderen.crt.portal.review.RoundReleases.Released;
import be.vlaanderen.crt.portal.review.Rounds;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/rounds/{id}}: planning, release for the wave and group feedback of a round. */
@Path("rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject CurrentUser currentUser;

  @Inject Rounds rounds;

  @Inject RoundReleases releases;

  @Inject GroupFeedbackService group;

  @jakarta.ws.rs.core.Context HttpHeaders headers;

  /** The planning of a round; dates as ISO dates, or null. */
  public record Plan(String opensOn, String closesOn, String releaseOn) {}

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De data van een ronde plannen (coördinator)")
  public Response plan(@PathParam("id") long roundId, Plan plan) {
    if (plan == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    rounds.plan(
        currentUser.account(),
        roundId,
        date(plan.opensOn()),
        date(plan.closesOn()),
        date(plan.releaseOn()));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/release")
  @Operation(summary = "Een ronde vrijgeven voor alle gemeenten van het traject (coördinator)")
  public Released releaseWave(@PathParam("id") long roundId) {
    return releases.releaseWave(currentUser.account(), roundId);
  }

  @GET
  @Path("{id}/group-feedback")
  @Operation(
      summary = "Opmerkingen van de ronde per thema en soort, met geanonimiseerde voorbeelden")
  public GroupFeedbackService.Overview groupFeedback(@PathParam("id") long roundId) {
    return group.overview(currentUser.account(), roundId);
  }

  /** The general feedback text. */
  public record Feedback(String text) {}

  @PUT
  @Path("{id}/group-feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De algemene feedback van de ronde schrijven (coördinator)")
  public Response saveGroupFeedback(@PathParam("id") long roundId, Feedback input) {
    group.saveFeedback(currentUser.account(), roundId, input == null ? null : input.text());
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/group-feedback.docx")
  @Produces(DOCX)
  @Operation(summary = "De algemene feedback als Word-document voor de workshop")
  public Response groupFeedbackDocx(@PathParam("id") long roundId) {
    byte[] bytes = group.docx(currentUser.account(), roundId, locale());
    return Response.ok(bytes, DOCX)
        .header(
            "Content-Disposition", "attachment; filename=\"groepsfeedback-" + roundId + ".docx\"")
        .build();
  }

  private Locale locale() {
    return headers == null ? Messages.DUTCH : Messages.choose(headers.getAcceptableLanguages());
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("rounds.invalid.date", value);
    }
  }
}
