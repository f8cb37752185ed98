package be.vlaanderen.crt.portal.municipality.api;

import be.vlaanderen.crt.portal.municipality.MunicipalityService;
import be.vlaanderen.crt.portal.municipality.MunicipalityService.Detail;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/municipalities/{id}}: a municipality with contacts and audit trail; good practice
 * (coordinators).
 */
@Path("municipalities/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

  @Inject CurrentUser currentUser;

  @Inject MunicipalityService municipalities;

  /** Whom to invite again. */
  public record Invite(String username) {}

  /** The good-practice flag with the coordinator's note. */
  public record GoodPractice(Boolean goodPractice, String note) {}

  @GET
  @Operation(summary = "Een gemeente met contactpersonen en audittrail (co\u00f6rdinatoren)")
  public Detail detail(@PathParam("id") long id) {
    return municipalities.detail(currentUser.account(), id);
  }

  @PUT
  @Path("good-practice")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een gemeente markeren als goede praktijk, met notitie")
  public Detail goodPractice(@PathParam("id") long id, GoodPractice input) {
    if (input == null || input.goodPractice() == null) {
      throw new InvalidInputException("municipality.invalid.goodPractice");
    }
    municipalities.markGoodPractice(currentUser.account(), id, input.goodPractice(), input.note());
    return municipalities.detail(currentUser.account(), id);
  }

  @jakarta.ws.rs.POST
  @Path("invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een contactpersoon een nieuwe link sturen om een wachtwoord in te stellen")
  public jakarta.ws.rs.core.Response invite(@PathParam("id") long id, Invite input) {
    if (input == null || input.username() == null) {
      throw new InvalidInputException("municipality.invalid.noEmail");
    }
    municipalities.reinvite(currentUser.account(), id, input.username());
    return jakarta.ws.rs.core.Response.accepted().build();
  }
}
