package be.vlaanderen.crt.portal.security.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/public/password}: sets a password with the token of an invitation mail (no
 * login).
 */
@Path("public/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResource {

  @Inject Invitations invitations;

  /** The token from the invitation link and the new password. */
  public record SetPassword(String token, String password) {}

  /** The account that can now log in. */
  public record Done(String username) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een wachtwoord instellen met de link uit de uitnodiging")
  public Done set(SetPassword input) {
    if (input == null) {
      throw new InvalidInputException("password.invalid.link");
    }
    return new Done(invitations.setPassword(input.token(), input.password(), null));
  }
}
