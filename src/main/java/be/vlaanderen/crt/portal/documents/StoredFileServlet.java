package be.vlaanderen.crt.portal.documents;

import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.storage.ObjectMissingException;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves a stored file at {@code <path>/{id}}: the subclass finds it (and checks the caller's
 * right); this class answers 404 for a bad or foreign id, 503 when storage is down, a Dutch error
 * page when the object is missing, and streams the bytes with the download headers otherwise.
 */
public abstract class StoredFileServlet extends HttpServlet {

  @Inject ObjectStore store;

  /** What is needed to send a stored file. */
  public record StoredFile(
      String storageKey, String fileName, String mediaType, long size, String sha256) {}

  /**
   * @throws NotVisibleException unknown, or not for this caller
   */
  protected abstract StoredFile find(long id);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    if (!id.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      StoredFile file = find(Long.parseLong(id));
      try (InputStream in = store.open(file.storageKey())) {
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader(
            "Content-Disposition", DownloadHeaders.contentDisposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("ETag", DownloadHeaders.etag(file.sha256()));
        in.transferTo(response.getOutputStream());
      }
    } catch (NotVisibleException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (StorageUnavailableException e) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (ObjectMissingException e) {
      log("A stored file is missing from object storage", e);
      request.setAttribute("crt.error.key", "error.documentMissing");
      response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
  }
}
