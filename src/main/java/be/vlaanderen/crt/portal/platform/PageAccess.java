package be.vlaanderen.crt.portal.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Loads a page's data in its view action; what the user may not see (or what does not exist)
 * answers 404 with the usual page, never a server error, and never tells which of the two it was.
 */
public final class PageAccess {

  private PageAccess() {}

  /** Runs the loading; refusals end the request with 404. */
  public static void load(Runnable loading) {
    try {
      loading.run();
    } catch (NotVisibleException | NotPermittedException e) {
      notFound();
    }
  }

  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces
          .getExternalContext()
          .responseSendError(404, Messages.get(PageFeedback.locale(), "error.notFound"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
