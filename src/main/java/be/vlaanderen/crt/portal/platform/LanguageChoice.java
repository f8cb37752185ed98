package be.vlaanderen.crt.portal.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * The language of the pages: Dutch unless the user switches to English. The choice lives in a small
 * cookie ({@code crt_lang}, one year), not in the HTTP session: public pages create no session (a
 * flood of anonymous views must not fill the heap), and the choice survives logging out.
 */
@Named
@RequestScoped
public class LanguageChoice {

  static final String COOKIE = "crt_lang";

  @Inject HttpServletRequest request;

  private String language;

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public String getLanguage() {
    if (language == null) {
      language = "nl";
      Cookie[] cookies = request.getCookies();
      if (cookies != null) {
        for (Cookie cookie : cookies) {
          if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
            language = "en";
          }
        }
      }
    }
    return language;
  }

  /** Switches and reloads the same page with its parameters, so the address stays shareable. */
  public String switchTo(String choice) {
    this.language = "en".equals(choice) ? "en" : "nl";
    FacesContext faces = FacesContext.getCurrentInstance();
    Cookie cookie = new Cookie(COOKIE, language);
    String context = faces.getExternalContext().getRequestContextPath();
    cookie.setPath(context.isEmpty() ? "/" : context);
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setSecure(faces.getExternalContext().isSecure());
    cookie.setAttribute("SameSite", "Lax");
    ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie);
    String viewId = faces.getViewRoot().getViewId();
    return viewId + "?faces-redirect=true&includeViewParams=true";
  }
}
