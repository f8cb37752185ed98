package be.vlaanderen.crt.portal.programme.web;

import be.vlaanderen.crt.portal.documents.StoredFileServlet;
import be.vlaanderen.crt.portal.programme.AssignmentTemplate;
import be.vlaanderen.crt.portal.programme.WaveAssignments;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** {@code /assignment-templates/{id}}: a template the coordinator attached to an assignment. */
@WebServlet("/assignment-templates/*")
public class AttachedTemplateServlet extends StoredFileServlet {

  @Inject CurrentUser currentUser;

  @Inject WaveAssignments waveAssignments;

  @Override
  protected StoredFile find(long id) {
    AssignmentTemplate t = waveAssignments.template(currentUser.account(), id);
    return new StoredFile(
        t.getFile().getStorageKey(),
        t.getFile().getFileName(),
        t.getFile().getMediaType(),
        t.getFile().getSize(),
        t.getFile().getSha256());
  }
}
