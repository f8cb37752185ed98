package be.vlaanderen.crt.portal.pilot.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.error;
import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;
import static be.vlaanderen.crt.portal.platform.PageFeedback.warn;

import be.vlaanderen.crt.portal.documents.RecordingFailedException;
import be.vlaanderen.crt.portal.documents.UploadRefusedException;
import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.pilot.Finding;
import be.vlaanderen.crt.portal.pilot.PilotSelection;
import be.vlaanderen.crt.portal.pilot.dossier.AttachmentKind;
import be.vlaanderen.crt.portal.pilot.dossier.Block;
import be.vlaanderen.crt.portal.pilot.dossier.DossierAccess;
import be.vlaanderen.crt.portal.pilot.dossier.DossierAttachments;
import be.vlaanderen.crt.portal.pilot.dossier.DossierAttachments.AttachmentView;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers.DossierView;
import be.vlaanderen.crt.portal.pilot.dossier.Env;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationState;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationStatuses;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationStatuses.StatusView;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationStatuses.TransitionView;
import be.vlaanderen.crt.portal.pilot.dossier.TestPlans;
import be.vlaanderen.crt.portal.pilot.dossier.TestPlans.TestRow;
import be.vlaanderen.crt.portal.pilot.dossier.TestResult;
import be.vlaanderen.crt.portal.pilot.dossier.TroubleshootingLog;
import be.vlaanderen.crt.portal.pilot.dossier.TroubleshootingLog.TroubleView;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /pilot/dossier.xhtml?id=…} (or without id: a new dossier): the structured form with the
 * rights model and OIDC settings, attachments with the SAML findings and a link to their review,
 * the status per building block and environment, the test plan and troubleshooting.
 */
@Named
@ViewScoped
public class DossierPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> GRANT_TYPES = List.of("authorization_code", "client_credentials");

  @Inject CurrentUser currentUser;

  @Inject Dossiers dossiers;

  @Inject DossierAttachments dossierAttachments;

  @Inject IntegrationStatuses integrationStatuses;

  @Inject TestPlans testPlans;

  @Inject TroubleshootingLog troubleshootingLog;

  @Inject PilotSelection selection;

  private Long id;
  private DossierView view;

  private final DossierForm form = new DossierForm();

  private List<AttachmentView> attachments = List.of();
  private List<TransitionView> transitions = List.of();
  private List<TroubleView> troubles = List.of();
  private String testEnvironment = "ACM_TI";
  private List<TestRow> tests = List.of();
  private final Map<Long, String> outcome = new HashMap<>();
  private final Map<Long, String> testNote = new HashMap<>();
  private Map<String, int[]> testSummary = Map.of();
  private final Map<String, String> nextState = new HashMap<>();
  private final Map<String, String> stateNote = new HashMap<>();
  private LocalDate troubleOn = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
  private String troubleProblem;
  private String troubleResolution;
  private AttachmentKind uploadKind = AttachmentKind.SAML_METADATA;
  private List<Finding> lastFindings = List.of();

  /** After the view parameter {@code id}: a dossier the user may see, or 404. */
  public void load() {
    be.vlaanderen.crt.portal.platform.PageAccess.load(this::loadDossier);
  }

  private void loadDossier() {
    if (currentUser.account().getRole() == Role.STEERING) {
      throw new NotPermittedException("The steering committee reads the list only");
    }
    if (id == null) {
      form.startNew(
          currentUser.account().getRole() == Role.MUNICIPALITY
              ? currentUser.account().getMunicipality().getId()
              : null);
      return;
    }
    view = dossiers.view(currentUser.account(), id);
    form.fill(view);
    refreshParts();
  }

  private void refreshParts() {
    attachments = dossierAttachments.attachments(currentUser.account(), id);
    transitions = integrationStatuses.transitions(currentUser.account(), id);
    troubles = troubleshootingLog.troubleshooting(currentUser.account(), id);
    testSummary = testPlans.testSummary(id);
    loadTests();
  }

  private void loadTests() {
    String[] key = testEnvironment.split("_");
    tests =
        testPlans.testPlan(currentUser.account(), id, Block.valueOf(key[0]), Env.valueOf(key[1]));
    outcome.clear();
    testNote.clear();
    for (TestRow t : tests) {
      outcome.put(t.caseId(), t.outcome() == null ? null : t.outcome().name());
      testNote.put(t.caseId(), t.note());
    }
  }

  /** Creates (then goes to the new dossier's page) or saves. */
  public String save() {
    try {
      if (id == null) {
        long created = dossiers.create(currentUser.account(), form.input(id));
        info(Messages.get(locale(), "pilot.dossier.created"));
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getFlash()
            .setKeepMessages(true);
        return "/pilot/dossier?faces-redirect=true&id=" + created;
      }
      dossiers.update(currentUser.account(), id, form.input(id));
      view = dossiers.view(currentUser.account(), id);
      form.fill(view);
      info(Messages.get(locale(), "pilot.dossier.saved"));
      if (!view.oidcFindingsTi().isEmpty() && !"SAML2".equals(form.getProtocol())) {
        long errors =
            view.oidcFindingsPrd().stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR)
                .count();
        if (errors > 0) {
          warn(Messages.get(locale(), "pilot.dossier.oidcErrors", errors));
        }
      }
    } catch (InvalidInputException e) {
      error(e.message(locale()));
    } catch (NotVisibleException | NotPermittedException e) {
      error(Messages.get(locale(), "error.forbidden"));
    }
    return null;
  }

  public void addRole() {
    form.addRole();
  }

  public void removeRole(DossierForm.RoleRow row) {
    form.removeRole(row);
  }

  /** Stores an attachment of the kind chosen above the upload. */
  public void upload(FileUploadEvent event) {
    DossierAttachments.Attached attached =
        receive(
            event.getFile(),
            (name, in) ->
                dossierAttachments.attach(currentUser.account(), id, uploadKind, name, in));
    if (attached != null) {
      lastFindings = attached.findings();
      long errors =
          attached.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
      if (errors > 0) {
        warn(Messages.get(locale(), "pilot.dossier.metadataErrors", errors));
      }
      refreshParts();
    }
  }

  /** What an upload does with the file: the dossier's attachment or a test's evidence. */
  private interface Store {
    DossierAttachments.Attached into(String fileName, InputStream content) throws IOException;
  }

  /** Receives a file, tells the user what happened; null when it was refused. */
  private DossierAttachments.Attached receive(UploadedFile file, Store store) {
    try (InputStream in = file.getInputStream()) {
      DossierAttachments.Attached attached = store.into(file.getFileName(), in);
      info(
          Messages.get(
              locale(), "pilot.dossier.attached", attached.version(), attached.fileName()));
      return attached;
    } catch (UploadRefusedException e) {
      error(e.message(locale()));
    } catch (InvalidInputException e) {
      error(e.message(locale()));
    } catch (NotVisibleException | NotPermittedException e) {
      error(Messages.get(locale(), "error.forbidden"));
    } catch (StorageUnavailableException e) {
      error(Messages.get(locale(), "error.storageUnavailable"));
    } catch (RecordingFailedException e) {
      error(Messages.get(locale(), "error.recordingFailed"));
    } catch (IOException e) {
      error(Messages.get(locale(), "upload.interrupted"));
    }
    return null;
  }

  public void move(String key) {
    String[] k = key.split("_");
    String to = nextState.get(key);
    if (to == null || to.isBlank()) {
      error(Messages.get(locale(), "pilot.status.chooseNext"));
      return;
    }
    integrationStatuses.move(
        currentUser.account(),
        id,
        Block.valueOf(k[0]),
        Env.valueOf(k[1]),
        IntegrationState.valueOf(to),
        stateNote.get(key));
    info(
        Messages.get(
            locale(),
            "pilot.status.moved",
            Messages.get(locale(), "pilot.env." + key),
            Messages.get(locale(), "pilot.state." + to)));
    nextState.remove(key);
    stateNote.remove(key);
    view = dossiers.view(currentUser.account(), id);
    form.setRevision(view.revision());
    refreshParts();
  }

  public void changeTestEnvironment() {
    loadTests();
  }

  public void saveTest(long caseId) {
    String[] k = testEnvironment.split("_");
    String o = outcome.get(caseId);
    testPlans.recordTest(
        currentUser.account(),
        id,
        Block.valueOf(k[0]),
        Env.valueOf(k[1]),
        caseId,
        o == null || o.isBlank() ? null : TestResult.Outcome.valueOf(o),
        testNote.get(caseId));
    info(Messages.get(locale(), "pilot.test.saved"));
    testSummary = testPlans.testSummary(id);
    loadTests();
  }

  /** Stores the evidence of the test case whose row the upload sits in. */
  public void uploadEvidence(FileUploadEvent event) {
    long caseId =
        Long.parseLong(String.valueOf(event.getComponent().getAttributes().get("caseId")));
    String[] k = testEnvironment.split("_");
    DossierAttachments.Attached attached =
        receive(
            event.getFile(),
            (name, in) ->
                dossierAttachments.attachEvidence(
                    currentUser.account(),
                    id,
                    Block.valueOf(k[0]),
                    Env.valueOf(k[1]),
                    caseId,
                    name,
                    in));
    if (attached != null) {
      loadTests();
    }
  }

  public void logTrouble() {
    troubleshootingLog.logTroubleshooting(
        currentUser.account(), id, troubleOn, troubleProblem, troubleResolution);
    info(Messages.get(locale(), "pilot.trouble.logged"));
    troubleProblem = null;
    troubleResolution = null;
    troubles = troubleshootingLog.troubleshooting(currentUser.account(), id);
  }

  /** The selected municipalities the user may create a dossier for (CRT). */
  public Map<String, Long> getMunicipalities() {
    Map<String, Long> choices = new LinkedHashMap<>();
    if (currentUser.account().getRole() == Role.MUNICIPALITY) {
      return choices;
    }
    for (PilotSelection.ApplicationView a : selectedApplications()) {
      choices.put(a.municipality() + " (" + a.province() + ")", a.municipalityId());
    }
    return choices;
  }

  private List<PilotSelection.ApplicationView> selectedApplications() {
    return selection.selectedVisible(currentUser.account()).stream()
        .filter(a -> a.decision() == Decision.SELECTED)
        .toList();
  }

  public boolean isMovesStatus() {
    return DossierAccess.movesStatus(currentUser.account());
  }

  public boolean isNew() {
    return id == null;
  }

  public List<String> getAllGrantTypes() {
    return GRANT_TYPES;
  }

  public int getTestCount() {
    return tests.size();
  }

  // getters and setters

  public DossierForm getForm() {
    return form;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DossierView getView() {
    return view;
  }

  public List<AttachmentView> getAttachments() {
    return attachments;
  }

  public List<TransitionView> getTransitions() {
    return transitions;
  }

  public List<TroubleView> getTroubles() {
    return troubles;
  }

  public String getTestEnvironment() {
    return testEnvironment;
  }

  public void setTestEnvironment(String testEnvironment) {
    this.testEnvironment = testEnvironment;
  }

  public List<TestRow> getTests() {
    return tests;
  }

  public Map<Long, String> getOutcome() {
    return outcome;
  }

  public Map<Long, String> getTestNote() {
    return testNote;
  }

  public Map<String, int[]> getTestSummary() {
    return testSummary;
  }

  public Map<String, String> getNextState() {
    return nextState;
  }

  public Map<String, String> getStateNote() {
    return stateNote;
  }

  public List<StatusView> getStatuses() {
    return view == null ? List.of() : view.statuses();
  }

  public LocalDate getTroubleOn() {
    return troubleOn;
  }

  public void setTroubleOn(LocalDate troubleOn) {
    this.troubleOn = troubleOn;
  }

  public String getTroubleProblem() {
    return troubleProblem;
  }

  public void setTroubleProblem(String troubleProblem) {
    this.troubleProblem = troubleProblem;
  }

  public String getTroubleResolution() {
    return troubleResolution;
  }

  public void setTroubleResolution(String troubleResolution) {
    this.troubleResolution = troubleResolution;
  }

  public AttachmentKind getUploadKind() {
    return uploadKind;
  }

  public void setUploadKind(AttachmentKind uploadKind) {
    this.uploadKind = uploadKind;
  }

  public AttachmentKind[] getAttachmentKinds() {
    return AttachmentKind.values();
  }

  public List<Finding> getLastFindings() {
    return lastFindings;
  }
}
