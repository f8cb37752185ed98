package be.vlaanderen.crt.portal.programme.api;

import be.vlaanderen.crt.portal.programme.WorkshopFeedback;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/waves/{id}/feedback}: workshop 5's questionnaire; the participants answer at {@code
 * mine}, the CRT and the steering committee read the results.
 */
@Path("waves/{id}/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WaveFeedbackResource {

  @Inject CurrentUser currentUser;

  @Inject WorkshopFeedback feedback;

  @GET
  @Operation(
      summary =
          "De resultaten van de vragenlijst van workshop 5: gemiddelde per workshop, antwoorden (CRT, stuurgroep zonder gemeentenamen)")
  public WorkshopFeedback.Results results(@PathParam("id") long waveId) {
    return feedback.results(currentUser.account(), waveId);
  }

  @GET
  @Path("mine")
  @Operation(
      summary = "De vragenlijst van workshop 5 met de eigen antwoorden (deelnemende gemeente)")
  public WorkshopFeedback.Form mine(@PathParam("id") long waveId) {
    return feedback.form(currentUser.account(), waveId);
  }

  @PUT
  @Path("mine")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "De eigen antwoorden geven of aanpassen: vijf waarderingen (1-5 of null), wat hielp, wat ontbrak, aanbevelingen")
  public WorkshopFeedback.Form answer(@PathParam("id") long waveId, WorkshopFeedback.Answers in) {
    feedback.submit(currentUser.account(), waveId, in);
    return feedback.form(currentUser.account(), waveId);
  }
}
