package be.vlaanderen.crt.portal.programme.web;

import be.vlaanderen.crt.portal.programme.AssignmentTemplate;
import be.vlaanderen.crt.portal.programme.ProgrammeService;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.NotVisibleException;
import be.vlaanderen.crt.portal.storage.ObjectMissingException;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import be.vlaanderen.crt.portal.submission.internal.DownloadHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** {@code /assignment-templates/{id}}: a template the coordinator attached to an assignment. */
@WebServlet("/assignment-templates/*")
public class AttachedTemplateServlet extends HttpServlet {

  @Inject CurrentUser currentUser;

  @Inject ProgrammeService programme;

  @Inject ObjectStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    if (!id.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      AssignmentTemplate template = programme.template(currentUser.account(), Long.parseLong(id));
      try (InputStream in = store.open(template.getStorageKey())) {
        response.setContentType(template.getMediaType());
        response.setContentLengthLong(template.getSize());
        response.setHeader(
            "Content-Disposition", DownloadHeaders.contentDisposition(template.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        in.transferTo(response.getOutputStream());
      }
    } catch (NotVisibleException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (StorageUnavailableException e) {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (ObjectMissingException e) {
      log("An attached template is missing from object storage", e);
      request.setAttribute("crt.error.key", "error.documentMissing");
      response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
  }
}
