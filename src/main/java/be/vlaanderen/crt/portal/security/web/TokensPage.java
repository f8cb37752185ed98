package be.vlaanderen.crt.portal.security.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.ApiTokens;
import be.vlaanderen.crt.portal.security.ApiTokens.TokenView;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /account/tokens.xhtml}: the signed-in person's API tokens. A new token is shown once, on
 * this page, right after it was made; revoking one stops it at once.
 */
@Named
@ViewScoped
public class TokensPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SECRET = "crt.token.secret";
  private static final String SECRET_NAME = "crt.token.name";

  @Inject CurrentUser currentUser;

  @Inject ApiTokens tokens;

  private List<TokenView> mine = List.of();
  private String name;
  private int days = 90;
  private String secret;
  private String secretName;

  @PostConstruct
  void load() {
    mine = tokens.mine(currentUser.account());
    Flash flash = flash();
    if (flash != null && flash.get(SECRET) instanceof String made) {
      secret = made;
      secretName = (String) flash.get(SECRET_NAME);
    }
  }

  /**
   * Makes the token and shows it on the page it redirects to (through the flash, so it is there
   * once: a reload, or the browser's back button, no longer shows it and never makes a second).
   */
  public String create() {
    ApiTokens.Created created = tokens.create(currentUser.account(), name, days);
    Flash flash = flash();
    flash.put(SECRET, created.secret());
    flash.put(SECRET_NAME, created.token().name());
    flash.setKeepMessages(true);
    info(Messages.get(locale(), "tokens.created", created.token().name()));
    return "/account/tokens?faces-redirect=true";
  }

  public String revoke(long id) {
    TokenView revoked = tokens.revoke(currentUser.account(), id);
    flash().setKeepMessages(true);
    info(Messages.get(locale(), "tokens.revoked", revoked.name()));
    return "/account/tokens?faces-redirect=true";
  }

  private static Flash flash() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? null : faces.getExternalContext().getFlash();
  }

  public List<TokenView> getTokens() {
    return mine;
  }

  public List<Integer> getLifetimes() {
    return ApiTokens.LIFETIMES;
  }

  public String lifetimeLabel(int days) {
    return Messages.get(locale(), "tokens.days", days);
  }

  public String getMaxHint() {
    return Messages.get(locale(), "tokens.list.max", ApiTokens.MAX_ACTIVE);
  }

  public String revokeQuestion(String tokenName) {
    return Messages.get(locale(), "tokens.revoke.confirm", tokenName);
  }

  /** The token just made, or null: shown once. */
  public String getSecret() {
    return secret;
  }

  public String getSecretName() {
    return secretName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
