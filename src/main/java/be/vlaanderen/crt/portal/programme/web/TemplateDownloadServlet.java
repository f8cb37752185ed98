package be.vlaanderen.crt.portal.programme.web;

import be.vlaanderen.crt.portal.documents.DownloadHeaders;
import be.vlaanderen.crt.portal.programme.AssignmentTemplates;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /templates/<file>}: the shipped BIA and BCP templates. Public, like the toolkit's
 * templates will be; only the known file names are served, so no path in the URL can reach anything
 * else.
 */
@WebServlet("/templates/*")
public class TemplateDownloadServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    String mediaType = AssignmentTemplates.mediaType(name);
    if (mediaType == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in = getClass().getResourceAsStream("/templates/" + name)) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(mediaType);
      response.setHeader("Content-Disposition", DownloadHeaders.contentDisposition(name));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "public, max-age=3600");
      in.transferTo(response.getOutputStream());
    }
  }
}
