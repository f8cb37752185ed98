package be.vlaanderen.crt.portal.toolkit.web;

import be.vlaanderen.crt.portal.documents.StoredFileServlet;
import be.vlaanderen.crt.portal.lesson.ToolkitResource;
import be.vlaanderen.crt.portal.lesson.ToolkitResources;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** {@code /toolkit/bestand/{id}}: a published toolkit resource, for anyone. */
@WebServlet("/toolkit/bestand/*")
public class ResourceDownloadServlet extends StoredFileServlet {

  @Inject ToolkitResources resources;

  @Override
  protected StoredFile find(long id) {
    ToolkitResource r = resources.published(id);
    return new StoredFile(
        r.getFile().getStorageKey(),
        r.getFile().getFileName(),
        r.getFile().getMediaType(),
        r.getFile().getSize(),
        r.getFile().getSha256());
  }
}
