package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.review.GroupFeedbackService;
import be.vlaanderen.crt.portal.review.ReviewService;
import be.vlaanderen.crt.portal.review.ReviewWorklist;
import be.vlaanderen.crt.portal.review.Rounds;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/review/worklist}: the submissions the reviewer reviews. */
@Path("review/worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewWorklistResource {

  @Inject CurrentUser currentUser;

  @Inject Rounds rounds;

  @Inject ReviewService review;

  @Inject ReviewWorklist worklist;

  @Inject GroupFeedbackService group;

  @jakarta.ws.rs.core.Context HttpHeaders headers;

  @GET
  @Operation(summary = "De inzendingen die de CRT-expert beoordeelt")
  public List<ReviewWorklist.Row> worklist() {
    return worklist.rows(currentUser.account());
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
