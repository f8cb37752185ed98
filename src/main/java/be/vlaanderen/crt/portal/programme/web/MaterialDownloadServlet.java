package be.vlaanderen.crt.portal.programme.web;

import be.vlaanderen.crt.portal.documents.StoredFileServlet;
import be.vlaanderen.crt.portal.programme.WorkshopMaterial;
import be.vlaanderen.crt.portal.programme.WorkshopPlanning;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** {@code /materials/{id}}: a workshop material, for the CRT and the municipalities of the wave. */
@WebServlet("/materials/*")
public class MaterialDownloadServlet extends StoredFileServlet {

  @Inject CurrentUser currentUser;

  @Inject WorkshopPlanning workshopPlanning;

  @Override
  protected StoredFile find(long id) {
    WorkshopMaterial m = workshopPlanning.material(currentUser.account(), id);
    return new StoredFile(
        m.getFile().getStorageKey(),
        m.getFile().getFileName(),
        m.getFile().getMediaType(),
        m.getFile().getSize(),
        m.getFile().getSha256());
  }
}
