package be.vlaanderen.crt.portal.pilot.web;

import be.vlaanderen.crt.portal.pilot.register.ClosingDocs;
import be.vlaanderen.crt.portal.pilot.register.ClosingReport;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PageAccess;
import be.vlaanderen.crt.portal.platform.PageFeedback;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * {@code /pilot/closing.xhtml} (coordinator, steering committee): the pilot's closing evaluation,
 * its figures from the portal, the coordinator's impact and recommendations, as DOCX and PDF.
 */
@Named
@ViewScoped
public class ClosingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject ClosingReport reports;

  private ClosingReport.Closing closing;
  private String impact;
  private String recommendations;

  public void load() {
    PageAccess.load(this::refresh);
  }

  private void refresh() {
    closing = reports.closing(currentUser.account());
    impact = closing.impact();
    recommendations = closing.recommendations();
  }

  public void save() {
    try {
      closing =
          reports.save(
              currentUser.account(),
              new ClosingReport.Texts(impact, recommendations, closing.rowVersion()));
      PageFeedback.info(Messages.get(PageFeedback.locale(), "closing.saved"));
    } catch (InvalidInputException e) {
      PageFeedback.error(e.message(PageFeedback.locale()));
      if (e instanceof be.vlaanderen.crt.portal.platform.ConflictException) {
        // Show what was saved meanwhile beside the typed text: the next save goes on from there.
        closing = reports.closing(currentUser.account());
      }
    }
  }

  public boolean isCoordinator() {
    return currentUser.account().getRole() == Role.COORDINATOR;
  }

  public StreamedContent getDocx() {
    byte[] body = ClosingDocs.docx(reports.closing(currentUser.account()), PageFeedback.locale());
    return RegisterPage.file(
        body,
        "slotevaluatie pilot ACM-IDM.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  public StreamedContent getPdf() {
    byte[] body = ClosingDocs.pdf(reports.closing(currentUser.account()), PageFeedback.locale());
    return RegisterPage.file(body, "slotevaluatie pilot ACM-IDM.pdf", "application/pdf");
  }

  public ClosingReport.Closing getClosing() {
    return closing;
  }

  public String getImpact() {
    return impact;
  }

  public void setImpact(String impact) {
    this.impact = impact;
  }

  public String getRecommendations() {
    return recommendations;
  }

  public void setRecommendations(String recommendations) {
    this.recommendations = recommendations;
  }
}
