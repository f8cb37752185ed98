package be.vlaanderen.crt.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Ends the session and returns to the login page; after an ACM/IDM login, by way of the provider's
 * logout (RP-initiated logout), so the provider's session ends too.
 */
@Named
@RequestScoped
public class Logout {

  @Inject FacesContext faces;

  @Inject be.vlaanderen.crt.portal.security.oidc.OidcRedirects oidc;

  public void logout() throws ServletException, IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    java.net.URI atProvider = oidc.logout(request, "/login.xhtml?loggedOut=true");
    request.logout();
    external.invalidateSession();
    if (atProvider != null) {
      be.vlaanderen.crt.portal.platform.http.RelativeRedirects.sendToProvider(
          (jakarta.servlet.http.HttpServletResponse) external.getResponse(), atProvider);
      faces.responseComplete();
    } else {
      external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
  }
}
