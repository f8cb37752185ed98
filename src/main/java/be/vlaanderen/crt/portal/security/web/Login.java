package be.vlaanderen.crt.portal.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/** The login page: checks the credentials and sends the user where they were going. */
@Named
@RequestScoped
public class Login {

  @Inject SecurityContext securityContext;

  @Inject FacesContext faces;

  private String username;

  private String password;

  private String next;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username.strip(), password)));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        Object locked =
            ((HttpServletRequest) external.getRequest())
                .getAttribute(
                    be.vlaanderen.crt.portal.security.PortalAuthenticationMechanism.LOCKED_SECONDS);
        String text =
            locked instanceof Long seconds
                ? java.text.MessageFormat.format(
                    msg.getString("login.locked"),
                    seconds < 90 ? seconds : (seconds + 59) / 60,
                    msg.getString(seconds < 90 ? "login.locked.seconds" : "login.locked.minutes"))
                : msg.getString("login.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    }
  }

  /**
   * Only a path inside the portal: never an absolute or protocol-relative URL (no open redirect).
   */
  String safeNext() {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
        || next.startsWith("/login")) {
      return "/";
    }
    return next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
