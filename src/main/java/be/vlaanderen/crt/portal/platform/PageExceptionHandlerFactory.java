package be.vlaanderen.crt.portal.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * The page-side twin of the API's exception mapper, for what every page can meet: a refusal a
 * feature explains ({@link InvalidInputException}, {@link ConflictException}, a {@link
 * PortalException} such as a refused upload) and a change based on an older state (optimistic
 * locking, "changed by someone else meanwhile") become a message on the page, so the user corrects
 * or reloads instead of losing an edit to an error page. Bean Validation's refusal of a form's
 * input record ({@code @Valid} on the service method) gives every reason at once, as the API does.
 * Everything else goes on to the handler it wraps (PrimeFaces', which shows the error pages). A
 * refusal by the access rules (not visible, not permitted) answers 404 wherever a page meets it
 * (view action, bean creation, a getter while rendering), so no page needs its own try/catch for
 * it.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(PageExceptionHandlerFactory.class.getName());

  public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /** A refusal by the access rules, however deep it is wrapped (EL, CDI creation, Faces). */
  static boolean refusal(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      String name = t.getClass().getName();
      if (name.equals("be.vlaanderen.crt.portal.platform.NotVisibleException")
          || name.equals("be.vlaanderen.crt.portal.platform.NotPermittedException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The portal's own explained refusal in the chain of causes, if there is one: invalid input (and
   * its conflicts) or a feature's {@link PortalException}.
   */
  static RuntimeException explained(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof InvalidInputException || t instanceof PortalException) {
        return (RuntimeException) t;
      }
    }
    return null;
  }

  /** Bean Validation's refusal in the chain of causes, if there is one. */
  static jakarta.validation.ConstraintViolationException invalid(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof jakarta.validation.ConstraintViolationException refusal) {
        return refusal;
      }
    }
    return null;
  }

  static String message(RuntimeException explained, java.util.Locale locale) {
    return explained instanceof InvalidInputException invalid
        ? invalid.message(locale)
        : ((PortalException) explained).message(locale);
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        if (refusal(failure)) {
          // What this user may not see or do answers as the API does: not found, the usual 404
          // page, no error page and no SEVERE line. On an AJAX click a message says so instead.
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          if (faces.getPartialViewContext().isAjaxRequest()) {
            faces.addMessage(
                null,
                new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    Messages.get(PageFeedback.locale(), "error.notPermitted"),
                    ""));
            faces.validationFailed();
          } else if (!faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().responseReset();
            PageAccess.notFound();
          }
          continue;
        }
        jakarta.validation.ConstraintViolationException invalid = invalid(failure);
        if (invalid != null) {
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          for (String reason : ConstraintMessages.reasons(invalid, PageFeedback.locale())) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, ""));
          }
          faces.validationFailed();
          continue;
        }
        RuntimeException explained = explained(failure);
        if (explained != null) {
          // A refusal the feature explains (invalid input, a conflict, a refused upload): its
          // message on the page where the user is looking, and nothing changed. Pages need no
          // try/catch of their own for it.
          events.remove();
          if (explained instanceof PortalException portal && portal.logLevel() != null) {
            LOG.log(portal.logLevel(), "A page action failed", explained);
          }
          FacesContext faces = FacesContext.getCurrentInstance();
          faces.addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR, message(explained, PageFeedback.locale()), ""));
          faces.validationFailed();
          continue;
        }
        if (StaleWrites.isStale(failure)) {
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          faces.addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  Messages.get(PageFeedback.locale(), "error.changedMeanwhile"),
                  ""));
          faces.validationFailed();
        }
      }
      getWrapped().handle();
    }
  }
}
