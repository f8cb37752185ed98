package be.vlaanderen.crt.portal.security.web;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /account/set-password.xhtml?token=…}: the page behind the invitation link. */
@Named
@RequestScoped
public class SetPassword {

  @Inject Invitations invitations;

  private String token;
  private String password;
  private String repeated;

  public void submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String username = invitations.setPassword(token, password, repeated);
      ExternalContext external = faces.getExternalContext();
      external.redirect(
          external.getRequestContextPath()
              + "/login.xhtml?passwordSet=true&username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8));
    } catch (InvalidInputException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, e.message(faces.getViewRoot().getLocale()), null));
    }
  }

  public int getMinimumLength() {
    return Invitations.MIN_PASSWORD;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
