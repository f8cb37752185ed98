package be.vlaanderen.crt.portal.selfevaluation.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.selfevaluation.Moment;
import be.vlaanderen.crt.portal.selfevaluation.SelfEvaluationService;
import be.vlaanderen.crt.portal.selfevaluation.SelfEvaluationService.AnswerInput;
import be.vlaanderen.crt.portal.selfevaluation.SelfEvaluationService.Overview;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/municipalities/{id}/self-evaluation}: read and fill in the self-evaluation. */
@Path("municipalities/{id}/self-evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SelfEvaluationResource {

  @Inject CurrentUser currentUser;

  @Inject SelfEvaluationService selfEvaluations;

  /** The body of a PUT: the moment (START or END) and an answer for every question. */
  public record SelfEvaluationInput(String moment, List<AnswerInput> answers) {}

  @GET
  @Operation(
      summary =
          "De zelfevaluatie van een gemeente: vragen, antwoorden per moment en de mediaan van het"
              + " traject (vanaf 5 gemeenten)")
  public Overview get(@PathParam("id") long municipalityId) {
    return selfEvaluations.overview(currentUser.account(), municipalityId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De zelfevaluatie invullen of bijwerken (alleen de gemeente zelf)")
  public Overview put(@PathParam("id") long municipalityId, SelfEvaluationInput input) {
    if (input == null) {
      throw new InvalidInputException("selfEvaluation.invalid.missing", 1);
    }
    return selfEvaluations.save(
        currentUser.account(), municipalityId, moment(input.moment()), input.answers());
  }

  private static Moment moment(String value) {
    try {
      return Moment.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("selfEvaluation.invalid.moment");
    }
  }
}
