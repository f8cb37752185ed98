package be.vlaanderen.crt.portal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** What page beans tell the user after an action, and the page's language. */
public final class PageFeedback {

  private PageFeedback() {}

  public static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  public static void warn(String text) {
    add(FacesMessage.SEVERITY_WARN, text);
  }

  /** An error: the message, and the request marked as failed (PrimeFaces keeps dialogs open). */
  public static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * The language of the page: the user's choice ({@link LanguageChoice}), Dutch without one. Not
   * the view root's locale: in a view action that is still the browser's preference, which would
   * give an English message on a Dutch page.
   */
  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return Messages.DUTCH;
    }
    return jakarta
        .enterprise
        .inject
        .spi
        .CDI
        .current()
        .select(LanguageChoice.class)
        .get()
        .getLocale();
  }

  private static void add(FacesMessage.Severity severity, String text) {
    // An empty detail: with showDetail the summary would otherwise be shown twice.
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, ""));
  }
}
