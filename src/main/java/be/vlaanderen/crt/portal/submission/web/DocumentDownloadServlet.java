package be.vlaanderen.crt.portal.submission.web;

import be.vlaanderen.crt.portal.documents.DownloadHeaders;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.storage.ObjectMissingException;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /documents/{versionId}}: downloads a version from the pages, with the same checks and
 * headers as the API. An unknown or foreign id answers 404, never a hint that it exists.
 */
@WebServlet("/documents/*")
public class DocumentDownloadServlet extends HttpServlet {

  @Inject CurrentUser currentUser;

  @Inject SubmissionService submissions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long versionId;
    try {
      versionId =
          Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      UserAccount account = currentUser.account();
      DocumentVersion version = submissions.version(account, versionId);
      String etag = DownloadHeaders.etag(version.getSha256());
      response.setHeader("ETag", etag);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, no-cache");
      if (etag.equals(request.getHeader("If-None-Match"))) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return;
      }
      try (InputStream in = submissions.open(account, version)) {
        response.setContentType(version.getMediaType());
        response.setContentLengthLong(version.getSize());
        response.setHeader(
            "Content-Disposition",
            DownloadHeaders.contentDisposition(submissions.downloadName(account, version)));
        in.transferTo(response.getOutputStream());
      }
    } catch (NotVisibleException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (StorageUnavailableException e) {
      log("Download failed: object store unavailable", e);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (ObjectMissingException e) {
      log("Download failed: a recorded document is missing from object storage", e);
      request.setAttribute("crt.error.key", "error.documentMissing");
      response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
  }
}
