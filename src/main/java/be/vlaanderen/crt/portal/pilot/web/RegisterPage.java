package be.vlaanderen.crt.portal.pilot.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.pilot.PilotSelection;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers;
import be.vlaanderen.crt.portal.pilot.register.ObstacleReports;
import be.vlaanderen.crt.portal.pilot.register.PilotRegister;
import be.vlaanderen.crt.portal.pilot.register.PilotRegister.ObstacleView;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code /pilot/register.xhtml}: questions, obstacles and feature requests per municipality;
 * analysts answer; reports for the application owner (DOCX, PDF) and the overall workbook (XLSX).
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject PilotRegister register;

  @Inject PilotSelection selection;

  @Inject Dossiers dossiers;

  private List<ObstacleView> items = List.of();
  private Long municipality;
  private Map<String, Long> municipalities = new LinkedHashMap<>();

  private Long newMunicipality;
  private Long newDossier;
  private String kind = "QUESTION";
  private String nature = "TECHNICAL";
  private String title;
  private String description;

  private Long answering;
  private String answer;
  private String status = "ANSWERED";

  @PostConstruct
  void load() {
    if (currentUser.account().getRole() == Role.MUNICIPALITY) {
      newMunicipality = currentUser.account().getMunicipality().getId();
      municipality = newMunicipality;
    } else {
      for (PilotSelection.ApplicationView a : selection.selectedVisible(currentUser.account())) {
        municipalities.put(a.municipality(), a.municipalityId());
      }
    }
    refresh();
  }

  public void refresh() {
    items = register.obstacles(currentUser.account(), isMunicipalityUser() ? null : municipality);
  }

  public void raise() {
    register.raise(
        currentUser.account(),
        new PilotRegister.ObstacleInput(
            newMunicipality, newDossier, kind, nature, title, description));
    info(Messages.get(locale(), "pilot.register.raised"));
    title = null;
    description = null;
    newDossier = null;
    refresh();
  }

  public void startAnswer(ObstacleView o) {
    answering = o.id();
    answer = o.answer();
    status =
        o.status() == be.vlaanderen.crt.portal.pilot.register.Obstacle.Status.OPEN
            ? "ANSWERED"
            : o.status().name();
  }

  public void saveAnswer() {
    register.answer(currentUser.account(), answering, answer, status);
    info(Messages.get(locale(), "pilot.register.answered"));
    refresh();
  }

  /** The dossiers of the municipality chosen in the new-item form. */
  public Map<String, Long> getDossierChoices() {
    Map<String, Long> choices = new LinkedHashMap<>();
    if (newMunicipality != null) {
      dossiers
          .list(currentUser.account(), null, null, newMunicipality)
          .forEach(d -> choices.put(d.application(), d.id()));
    }
    return choices;
  }

  private Long reportMunicipality() {
    return isMunicipalityUser() ? currentUser.account().getMunicipality().getId() : municipality;
  }

  private String reportName() {
    if (isMunicipalityUser()) {
      return currentUser.account().getMunicipality().getName();
    }
    return municipalities.entrySet().stream()
        .filter(e -> e.getValue().equals(municipality))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }

  public StreamedContent getDocx() {
    List<ObstacleView> list = register.obstacles(currentUser.account(), reportMunicipality());
    byte[] body = ObstacleReports.docx(reportName(), list, locale());
    return file(
        body,
        "knelpunten " + reportName() + ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  public StreamedContent getPdf() {
    List<ObstacleView> list = register.obstacles(currentUser.account(), reportMunicipality());
    byte[] body = ObstacleReports.pdf(reportName(), list, locale());
    return file(body, "knelpunten " + reportName() + ".pdf", "application/pdf");
  }

  public StreamedContent getXlsx() {
    byte[] body = ObstacleReports.xlsx(register.allObstacles(currentUser.account()), locale());
    return file(
        body,
        "knelpunten pilot ACM-IDM.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  /** A download for a PrimeFaces {@code p:fileDownload} (also the closing evaluation's). */
  static StreamedContent file(byte[] body, String name, String type) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) body.length)
        .stream(() -> new ByteArrayInputStream(body))
        .build();
  }

  public boolean isMunicipalityUser() {
    return currentUser.account().getRole() == Role.MUNICIPALITY;
  }

  public boolean isMayAnswer() {
    Role r = currentUser.account().getRole();
    return r == Role.REVIEWER || r == Role.COORDINATOR;
  }

  public boolean isMayExportAll() {
    Role r = currentUser.account().getRole();
    return r == Role.COORDINATOR || r == Role.STEERING;
  }

  /** A single municipality's report: for the municipality itself, or once the CRT chose one. */
  public boolean isMayReport() {
    return isMunicipalityUser() || municipality != null;
  }

  public List<ObstacleView> getItems() {
    return items;
  }

  public Long getMunicipality() {
    return municipality;
  }

  public void setMunicipality(Long municipality) {
    this.municipality = municipality;
  }

  public Map<String, Long> getMunicipalities() {
    return municipalities;
  }

  public Long getNewMunicipality() {
    return newMunicipality;
  }

  public void setNewMunicipality(Long newMunicipality) {
    this.newMunicipality = newMunicipality;
  }

  public Long getNewDossier() {
    return newDossier;
  }

  public void setNewDossier(Long newDossier) {
    this.newDossier = newDossier;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getNature() {
    return nature;
  }

  public void setNature(String nature) {
    this.nature = nature;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
