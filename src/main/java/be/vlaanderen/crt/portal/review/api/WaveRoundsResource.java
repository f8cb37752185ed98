package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.review.GroupFeedbackService;
import be.vlaanderen.crt.portal.review.ReviewService;
import be.vlaanderen.crt.portal.review.ReviewWorklist;
import be.vlaanderen.crt.portal.review.Rounds;
import be.vlaanderen.crt.portal.review.Rounds.RoundView;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/waves/{id}/rounds}: the three feedback rounds of a wave (CRT). */
@Path("waves/{id}/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WaveRoundsResource {

  @Inject CurrentUser currentUser;

  @Inject Rounds rounds;

  @Inject ReviewService review;

  @Inject ReviewWorklist worklist;

  @Inject GroupFeedbackService group;

  @jakarta.ws.rs.core.Context HttpHeaders headers;

  @GET
  @Operation(summary = "De drie feedbackrondes van een traject (CRT)")
  public List<RoundView> rounds(@PathParam("id") long waveId) {
    return rounds.views(currentUser.account(), waveId);
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
