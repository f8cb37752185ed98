package be.vlaanderen.crt.portal.programme.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.documents.UploadRefusedException;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.programme.AttendanceRegister;
import be.vlaanderen.crt.portal.programme.ProgrammeService;
import be.vlaanderen.crt.portal.programme.WaveAssignments;
import be.vlaanderen.crt.portal.programme.WaveAssignments.AssignmentView;
import be.vlaanderen.crt.portal.programme.Waves.WaveSummary;
import be.vlaanderen.crt.portal.programme.WorkshopPlanning;
import be.vlaanderen.crt.portal.programme.WorkshopPlanning.WorkshopView;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** {@code /programme/manage.xhtml?wave=…}: a wave's workshops and assignments (coordinators). */
@Named
@ViewScoped
public class ManageWave implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject ProgrammeService programme;

  @Inject AttendanceRegister attendanceRegister;

  @Inject WaveAssignments waveAssignments;

  @Inject WorkshopPlanning workshopPlanning;
  @Inject be.vlaanderen.crt.portal.programme.Waves waveList;

  private Long wave;
  private List<WaveSummary> waves = List.of();
  private List<WorkshopView> workshops = List.of();
  private List<AssignmentView> assignments = List.of();

  private Integer workshopNumber = 1;
  private String workshopTitle;
  private LocalDateTime workshopAt;
  private String workshopPlace;
  private boolean workshopValidated;
  private LocalDate workshopValidatedOn;

  private Long materialWorkshop;
  private Long templateAssignment;
  private Long deadlineAssignment;
  private LocalDateTime newDeadline;
  private String newWaveName;
  private Integer newWaveCapacity = 25;
  private Long attendanceWorkshop;
  private List<AttendanceRegister.AttendanceRow> attendanceRows = List.of();
  private java.util.Set<Long> presentIds = new java.util.HashSet<>();

  private AssignmentKind assignmentKind = AssignmentKind.BIA;
  private String assignmentTitle;
  private String assignmentDescription;
  private LocalDateTime assignmentDeadline;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      be.vlaanderen.crt.portal.platform.PageAccess.notFound();
      return;
    }
    waves = waveList.list(currentUser.account());
    if (wave == null && !waves.isEmpty()) {
      wave = waves.get(0).id();
    }
    refresh();
  }

  public void refresh() {
    workshops = wave == null ? List.of() : workshopPlanning.workshops(wave);
    assignments = wave == null ? List.of() : waveAssignments.assignments(wave);
    if (templateAssignment == null
        || assignments.stream().noneMatch(a -> a.id() == templateAssignment)) {
      templateAssignment = assignments.isEmpty() ? null : assignments.get(0).id();
    }
    if (materialWorkshop == null || workshops.stream().noneMatch(w -> w.id() == materialWorkshop)) {
      materialWorkshop = workshops.isEmpty() ? null : workshops.get(0).id();
    }
  }

  /** Opens a new wave in the same programme as the selected one, and selects it. */
  public void createWave() {
    try {
      wave =
          programme.createWave(
              currentUser.account(),
              wave,
              newWaveName,
              newWaveCapacity == null ? 0 : newWaveCapacity);
      message(
          FacesMessage.SEVERITY_INFO, Messages.get(locale(), "manage.wave.created", newWaveName));
      newWaveName = null;
      waves = waveList.list(currentUser.account());
      refresh();
    } catch (InvalidInputException e) {
      message(FacesMessage.SEVERITY_ERROR, e.message(locale()));
    }
  }

  /** Moves the chosen assignment's deadline. */
  public void moveDeadline() {
    try {
      waveAssignments.changeDeadline(
          currentUser.account(), deadlineAssignment == null ? 0 : deadlineAssignment, newDeadline);
      message(FacesMessage.SEVERITY_INFO, Messages.get(locale(), "manage.deadline.moved"));
      newDeadline = null;
      refresh();
    } catch (InvalidInputException e) {
      message(FacesMessage.SEVERITY_ERROR, e.message(locale()));
    } catch (be.vlaanderen.crt.portal.platform.NotVisibleException e) {
      message(FacesMessage.SEVERITY_ERROR, Messages.get(locale(), "error.notFound"));
    }
  }

  public Long getDeadlineAssignment() {
    return deadlineAssignment;
  }

  public void setDeadlineAssignment(Long deadlineAssignment) {
    this.deadlineAssignment = deadlineAssignment;
  }

  public LocalDateTime getNewDeadline() {
    return newDeadline;
  }

  public void setNewDeadline(LocalDateTime newDeadline) {
    this.newDeadline = newDeadline;
  }

  /** Attaches the uploaded file as the chosen assignment's template. */
  public void uploadTemplate(FileUploadEvent event) {
    takeIn(
        event,
        (name, in) ->
            waveAssignments
                .attachTemplate(currentUser.account(), templateAssignment, name, in)
                .fileName(),
        "manage.template.attached");
  }

  public String templateOf(long assignmentId) {
    var attached = waveAssignments.attachedTemplate(assignmentId);
    return attached == null ? null : attached.fileName();
  }

  public Long getTemplateAssignment() {
    return templateAssignment;
  }

  public void setTemplateAssignment(Long templateAssignment) {
    this.templateAssignment = templateAssignment;
  }

  public String getNewWaveName() {
    return newWaveName;
  }

  public void setNewWaveName(String newWaveName) {
    this.newWaveName = newWaveName;
  }

  public Integer getNewWaveCapacity() {
    return newWaveCapacity;
  }

  public void setNewWaveCapacity(Integer newWaveCapacity) {
    this.newWaveCapacity = newWaveCapacity;
  }

  /** Loads the attendance sheet of the chosen workshop. */
  public void loadAttendance() {
    attendanceRows =
        attendanceWorkshop == null
            ? List.of()
            : attendanceRegister.attendanceSheet(currentUser.account(), attendanceWorkshop);
    presentIds = new java.util.HashSet<>();
    attendanceRows.stream()
        .filter(AttendanceRegister.AttendanceRow::present)
        .forEach(r -> presentIds.add(r.municipalityId()));
  }

  /** Ticks or unticks one municipality: saved at once. */
  public void toggle(long municipalityId) {
    boolean present = !presentIds.contains(municipalityId);
    attendanceRegister.attendance(
        currentUser.account(), attendanceWorkshop, municipalityId, present);
    loadAttendance();
  }

  public boolean present(long municipalityId) {
    return presentIds.contains(municipalityId);
  }

  public Long getAttendanceWorkshop() {
    return attendanceWorkshop;
  }

  public void setAttendanceWorkshop(Long attendanceWorkshop) {
    this.attendanceWorkshop = attendanceWorkshop;
  }

  public List<AttendanceRegister.AttendanceRow> getAttendanceRows() {
    return attendanceRows;
  }

  /**
   * Adds the uploaded file to the chosen workshop's materials, with the checks every document gets.
   */
  public void uploadMaterial(FileUploadEvent event) {
    takeIn(
        event,
        (name, in) ->
            workshopPlanning
                .addMaterial(currentUser.account(), materialWorkshop, name, in)
                .fileName(),
        "manage.material.added");
    refresh();
  }

  /** Stores an uploaded file and says what happened, in Dutch, whatever went wrong. */
  private void takeIn(
      FileUploadEvent event,
      java.util.function.BiFunction<String, InputStream, String> store,
      String doneKey) {
    try (InputStream in = event.getFile().getInputStream()) {
      String stored = store.apply(event.getFile().getFileName(), in);
      message(FacesMessage.SEVERITY_INFO, Messages.get(locale(), doneKey, stored));
    } catch (UploadRefusedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.message(locale()));
    } catch (StorageUnavailableException e) {
      message(FacesMessage.SEVERITY_ERROR, Messages.get(locale(), "error.storageUnavailable"));
    } catch (IOException e) {
      message(FacesMessage.SEVERITY_ERROR, Messages.get(locale(), "upload.interrupted"));
    }
  }

  public Long getMaterialWorkshop() {
    return materialWorkshop;
  }

  public void setMaterialWorkshop(Long materialWorkshop) {
    this.materialWorkshop = materialWorkshop;
  }

  /** Fills the workshop form with an existing workshop, to change it. */
  public void edit(WorkshopView workshop) {
    workshopNumber = workshop.number();
    workshopTitle = workshop.title();
    workshopAt = workshop.heldAt();
    workshopPlace = workshop.place();
    workshopValidated = workshop.validatedByAbb();
    workshopValidatedOn = workshop.validatedOn();
  }

  public void saveWorkshop() {
    try {
      workshopPlanning.saveWorkshop(
          currentUser.account(),
          wave,
          workshopNumber == null ? 0 : workshopNumber,
          workshopTitle,
          workshopAt,
          workshopPlace,
          workshopValidated,
          workshopValidatedOn);
      message(
          FacesMessage.SEVERITY_INFO,
          Messages.get(locale(), "manage.workshop.saved", workshopNumber));
      workshopTitle = null;
      workshopAt = null;
      workshopPlace = null;
      workshopValidated = false;
      workshopValidatedOn = null;
      refresh();
    } catch (InvalidInputException e) {
      message(FacesMessage.SEVERITY_ERROR, e.message(locale()));
    }
  }

  public void createAssignment() {
    try {
      waveAssignments.createAssignment(
          currentUser.account(),
          wave,
          assignmentKind,
          assignmentTitle,
          assignmentDescription,
          assignmentDeadline);
      message(
          FacesMessage.SEVERITY_INFO,
          Messages.get(locale(), "manage.assignment.created", assignmentTitle));
      assignmentTitle = null;
      assignmentDescription = null;
      assignmentDeadline = null;
      refresh();
    } catch (InvalidInputException e) {
      message(FacesMessage.SEVERITY_ERROR, e.message(locale()));
    }
  }

  public List<AssignmentKind> getKinds() {
    return List.of(
        AssignmentKind.SELF_EVALUATION,
        AssignmentKind.BIA,
        AssignmentKind.BCP,
        AssignmentKind.BCP_UPDATE);
  }

  public List<Integer> getNumbers() {
    return List.of(1, 2, 3, 4, 5);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    if (severity == FacesMessage.SEVERITY_ERROR) {
      faces.validationFailed();
    }
  }

  public Long getWave() {
    return wave;
  }

  public void setWave(Long wave) {
    this.wave = wave;
  }

  public List<WaveSummary> getWaves() {
    return waves;
  }

  public List<WorkshopView> getWorkshops() {
    return workshops;
  }

  public List<AssignmentView> getAssignments() {
    return assignments;
  }

  public Integer getWorkshopNumber() {
    return workshopNumber;
  }

  public void setWorkshopNumber(Integer workshopNumber) {
    this.workshopNumber = workshopNumber;
  }

  public String getWorkshopTitle() {
    return workshopTitle;
  }

  public void setWorkshopTitle(String workshopTitle) {
    this.workshopTitle = workshopTitle;
  }

  public LocalDateTime getWorkshopAt() {
    return workshopAt;
  }

  public void setWorkshopAt(LocalDateTime workshopAt) {
    this.workshopAt = workshopAt;
  }

  public String getWorkshopPlace() {
    return workshopPlace;
  }

  public void setWorkshopPlace(String workshopPlace) {
    this.workshopPlace = workshopPlace;
  }

  public boolean isWorkshopValidated() {
    return workshopValidated;
  }

  public void setWorkshopValidated(boolean workshopValidated) {
    this.workshopValidated = workshopValidated;
  }

  public LocalDate getWorkshopValidatedOn() {
    return workshopValidatedOn;
  }

  public void setWorkshopValidatedOn(LocalDate workshopValidatedOn) {
    this.workshopValidatedOn = workshopValidatedOn;
  }

  public AssignmentKind getAssignmentKind() {
    return assignmentKind;
  }

  public void setAssignmentKind(AssignmentKind assignmentKind) {
    this.assignmentKind = assignmentKind;
  }

  public String getAssignmentTitle() {
    return assignmentTitle;
  }

  public void setAssignmentTitle(String assignmentTitle) {
    this.assignmentTitle = assignmentTitle;
  }

  public String getAssignmentDescription() {
    return assignmentDescription;
  }

  public void setAssignmentDescription(String assignmentDescription) {
    this.assignmentDescription = assignmentDescription;
  }

  public LocalDateTime getAssignmentDeadline() {
    return assignmentDeadline;
  }

  public void setAssignmentDeadline(LocalDateTime assignmentDeadline) {
    this.assignmentDeadline = assignmentDeadline;
  }
}
