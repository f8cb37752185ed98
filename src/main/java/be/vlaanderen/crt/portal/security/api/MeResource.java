package be.vlaanderen.crt.portal.security.api;

import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/me}: who the caller is. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CurrentUser currentUser;

  /** The caller's account as the API shows it. */
  public record Me(
      String username,
      String displayName,
      List<String> roles,
      Long municipalityId,
      String municipality) {}

  @GET
  @Operation(summary = "Het account van de oproeper: gebruikersnaam, rollen en gemeente")
  public Me me() {
    UserAccount account = currentUser.account();
    var municipality = account.getMunicipality();
    return new Me(
        account.getUsername(),
        account.getDisplayName(),
        List.of(account.getRole().name()),
        municipality == null ? null : municipality.getId(),
        municipality == null ? null : municipality.getName());
  }
}
