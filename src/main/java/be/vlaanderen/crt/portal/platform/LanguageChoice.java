package be.vlaanderen.crt.portal.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: Dutch unless the user switches to English. */
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private String language = "nl";

  public Locale getLocale() {
    return Locale.forLanguageTag(language);
  }

  public String getLanguage() {
    return language;
  }

  /** Switches and reloads the same page with its parameters, so the address stays shareable. */
  public String switchTo(String language) {
    this.language = "en".equals(language) ? "en" : "nl";
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return viewId + "?faces-redirect=true&includeViewParams=true";
  }
}
