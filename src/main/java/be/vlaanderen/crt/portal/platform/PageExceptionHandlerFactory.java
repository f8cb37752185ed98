package be.vlaanderen.crt.portal.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * The page-side twin of the API's exception mapper, for what every page can meet: a change based on
 * an older state (optimistic locking) becomes a message on the page ("changed by someone else
 * meanwhile"), so the user reloads instead of losing an edit to an error page. Everything else goes
 * on to the handler it wraps (PrimeFaces', which shows the error pages).
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

  public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
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
