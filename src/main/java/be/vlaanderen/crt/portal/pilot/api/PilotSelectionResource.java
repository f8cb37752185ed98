package be.vlaanderen.crt.portal.pilot.api;

import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.pilot.PilotSelection;
import be.vlaanderen.crt.portal.pilot.selection.Criteria;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/pilot/selection}: the call, the proposal, adjustments and confirmation. */
@Path("pilot/selection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PilotSelectionResource {

  @Inject CurrentUser currentUser;

  @Inject PilotSelection selection;

  @Context HttpHeaders headers;

  /** The sign-up window, ISO dates. */
  public record Window(String opens, String closes) {}

  /** An adjustment: SELECTED, NOT_SELECTED or PENDING (follow the proposal). */
  public record Adjustment(String choice, String reason) {}

  @GET
  @Path("call")
  @Operation(summary = "De oproep: inschrijvingsperiode, criteria, bevestiging")
  public PilotSelection.CallView call() {
    return selection.callView();
  }

  @PUT
  @Path("window")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De inschrijvingsperiode instellen (coördinator)")
  public Response window(Window window) {
    if (window == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    selection.setWindow(currentUser.account(), date(window.opens()), date(window.closes()));
    return Response.noContent().build();
  }

  @PUT
  @Path("criteria")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "De selectiecriteria opslaan (coördinator)")
  public Response criteria(Criteria criteria) {
    selection.saveCriteria(currentUser.account(), criteria);
    return Response.noContent().build();
  }

  @GET
  @Path("proposal")
  @Operation(summary = "Het selectievoorstel met per kandidaat de reden (coördinator)")
  public PilotSelection.ProposalView proposal() {
    return selection.proposal(
        currentUser.account(), null, Messages.choose(headers.getAcceptableLanguages()));
  }

  @POST
  @Path("proposal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Het voorstel voor andere criteria, zonder iets op te slaan (coördinator)")
  public PilotSelection.ProposalView tryCriteria(Criteria criteria) {
    if (criteria == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    return selection.proposal(
        currentUser.account(), criteria, Messages.choose(headers.getAcceptableLanguages()));
  }

  @PUT
  @Path("applications/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een kandidaat tegen het voorstel in kiezen of weglaten, met reden")
  public Response adjust(@PathParam("id") long applicationId, Adjustment adjustment) {
    if (adjustment == null || adjustment.choice() == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    Decision choice;
    try {
      choice = Decision.valueOf(adjustment.choice());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("pilot.override.choice");
    }
    selection.override(currentUser.account(), applicationId, choice, adjustment.reason());
    return Response.noContent().build();
  }

  @POST
  @Path("confirm")
  @Operation(summary = "De selectie bevestigen en de groepen vormen (coördinator)")
  public PilotSelection.Confirmed confirm() {
    return selection.confirm(
        currentUser.account(), Messages.choose(headers.getAcceptableLanguages()));
  }

  static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("pilot.invalidDate", value);
    }
  }
}
