package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.storage.StoredFileInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The coordinator's management of a wave (workshops, assignments, attendance) and the
 * municipality's view of it as a timeline. Every change is written to the audit trail.
 */
@ApplicationScoped
public class ProgrammeService {

  @PersistenceContext private EntityManager em;

  @Inject AccessPolicy access;

  @Inject ProgrammeMails notifications;

  @Inject AuditLog audit;

  @Inject be.vlaanderen.crt.portal.documents.DocumentIntake intake;

  /** A workshop as pages show it. */
  public record WorkshopView(
      long id,
      int number,
      String title,
      LocalDateTime heldAt,
      String place,
      boolean validatedByAbb,
      LocalDate validatedOn,
      List<MaterialView> materials)
      implements Serializable {}

  /** A workshop material as pages show it. */
  public record MaterialView(long id, String fileName, long size, String mediaType, String sha256)
      implements Serializable {}

  /** An assignment as pages show it. */
  public record AssignmentView(
      long id, AssignmentKind kind, String title, String description, LocalDateTime deadline)
      implements Serializable {}

  /** One moment on a municipality's timeline: a workshop or an assignment's deadline. */
  public record TimelineItem(
      LocalDateTime when,
      String type,
      String title,
      String detail,
      Long assignmentId,
      AssignmentKind kind,
      List<MaterialView> materials,
      Long waveId,
      Integer workshopNumber)
      implements Serializable {}

  public List<WorkshopView> workshops(long waveId) {
    return em
        .createQuery(
            "SELECT w FROM Workshop w WHERE w.wave.id = :wave ORDER BY w.number", Workshop.class)
        .setParameter("wave", waveId)
        .getResultList()
        .stream()
        .map(
            w ->
                new WorkshopView(
                    w.getId(),
                    w.getNumber(),
                    w.getTitle(),
                    w.getHeldAt(),
                    w.getPlace(),
                    w.isValidatedByAbb(),
                    w.getValidatedOn(),
                    materials(w.getId())))
        .toList();
  }

  /** The workshops of a wave, for the CRT and steering, or for a municipality of that wave. */
  public List<WorkshopView> workshops(UserAccount account, long waveId) {
    if (!mayReadWaveFiles(account, wave(waveId))) {
      throw new NotVisibleException("Wave " + waveId);
    }
    return workshops(waveId);
  }

  /** A workshop the municipality attended or not, with the wave it belongs to. */
  public record AttendanceItem(
      long waveId,
      String wave,
      long workshopId,
      int number,
      String title,
      LocalDateTime heldAt,
      boolean present)
      implements Serializable {}

  /**
   * A municipality's attendance at every workshop of its waves (absent until marked), for whoever
   * may see its progress (the steering committee too, not only who reads its documents).
   */
  public List<AttendanceItem> attendanceOf(UserAccount account, long municipalityId) {
    if (!access.maySeeStatus(account, municipalityId)) {
      throw new NotVisibleException("Municipality " + municipalityId);
    }
    java.util.Set<Long> present =
        new java.util.HashSet<>(
            em.createQuery(
                    "SELECT a.workshop.id FROM Attendance a WHERE a.municipality.id = :m"
                        + " AND a.present = TRUE",
                    Long.class)
                .setParameter("m", municipalityId)
                .getResultList());
    return em
        .createQuery(
            "SELECT w FROM Workshop w, Enrollment e WHERE e.wave = w.wave"
                + " AND e.municipality.id = :m ORDER BY w.wave.id, w.number",
            Workshop.class)
        .setParameter("m", municipalityId)
        .getResultList()
        .stream()
        .map(
            w ->
                new AttendanceItem(
                    w.getWave().getId(),
                    w.getWave().getName(),
                    w.getId(),
                    w.getNumber(),
                    w.getTitle(),
                    w.getHeldAt(),
                    present.contains(w.getId())))
        .toList();
  }

  /** The assignments of a wave, for the CRT and steering, or for a municipality of that wave. */
  public List<AssignmentView> assignments(UserAccount account, long waveId) {
    Wave wave = wave(waveId);
    if (!mayReadWaveFiles(account, wave)) {
      throw new NotVisibleException("Wave " + waveId);
    }
    return assignments(waveId);
  }

  public List<AssignmentView> assignments(long waveId) {
    return em
        .createQuery(
            "SELECT a FROM Assignment a WHERE a.wave.id = :wave ORDER BY a.deadline",
            Assignment.class)
        .setParameter("wave", waveId)
        .getResultList()
        .stream()
        .map(
            a ->
                new AssignmentView(
                    a.getId(), a.getKind(), a.getTitle(), a.getDescription(), a.getDeadline()))
        .toList();
  }

  /** Plans workshop {@code number} (1-5) of a wave: creates it or changes it. */
  @Transactional
  public void saveWorkshop(
      UserAccount account,
      long waveId,
      int number,
      String title,
      LocalDateTime heldAt,
      String place,
      boolean validated,
      LocalDate validatedOn) {
    requireCoordinator(account);
    Wave wave = wave(waveId);
    if (number < 1 || number > 5) {
      throw new InvalidInputException("programme.invalid.workshopNumber");
    }
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new InvalidInputException("programme.invalid.title");
    }
    if (validated && validatedOn == null) {
      throw new InvalidInputException("programme.invalid.validatedOn");
    }
    Workshop workshop =
        em.createQuery(
                "SELECT w FROM Workshop w WHERE w.wave = :wave AND w.number = :n", Workshop.class)
            .setParameter("wave", wave)
            .setParameter("n", number)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (workshop == null) {
      workshop = new Workshop(wave, number, title.strip());
      em.persist(workshop);
    }
    workshop.plan(title.strip(), heldAt, place == null || place.isBlank() ? null : place.strip());
    workshop.validate(validated, validatedOn);
    em.flush();
    audit.record(
        account.getUsername(),
        "WORKSHOP_SAVED",
        "Workshop",
        workshop.getId(),
        "wave " + waveId + " workshop " + number);
  }

  /** Sets a new assignment for every municipality of the wave and tells them by e-mail. */
  @Transactional
  public long createAssignment(
      UserAccount account,
      long waveId,
      AssignmentKind kind,
      String title,
      String description,
      LocalDateTime deadline) {
    requireCoordinator(account);
    Wave wave = wave(waveId);
    if (kind == null) {
      throw new InvalidInputException("programme.invalid.kind");
    }
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new InvalidInputException("programme.invalid.title");
    }
    if (description != null && description.length() > 2000) {
      throw new InvalidInputException("programme.invalid.description");
    }
    if (deadline == null
        || deadline.isBefore(be.vlaanderen.crt.portal.platform.ProgrammeTime.now())) {
      throw new InvalidInputException("programme.invalid.deadline");
    }
    if (!em.createQuery(
            "SELECT a.id FROM Assignment a WHERE a.wave = :w AND a.kind = :k", Long.class)
        .setParameter("w", wave)
        .setParameter("k", kind)
        .getResultList()
        .isEmpty()) {
      // Each deliverable once per wave: the progress matrix and the timeline count on it.
      throw new InvalidInputException("programme.invalid.duplicateKind");
    }
    Assignment assignment =
        new Assignment(
            wave,
            kind,
            title.strip(),
            description == null || description.isBlank() ? null : description.strip(),
            deadline);
    em.persist(assignment);
    em.flush();
    notifications.assignmentCreated(assignment);
    audit.record(
        account.getUsername(),
        "ASSIGNMENT_CREATED",
        "Assignment",
        assignment.getId(),
        kind + " " + title);
    return assignment.getId();
  }

  public List<MaterialView> materials(long workshopId) {
    return em
        .createQuery(
            "SELECT m FROM WorkshopMaterial m WHERE m.workshop.id = :w ORDER BY m.id",
            WorkshopMaterial.class)
        .setParameter("w", workshopId)
        .getResultList()
        .stream()
        .map(
            m ->
                new MaterialView(
                    m.getId(),
                    m.getFile().getFileName(),
                    m.getFile().getSize(),
                    m.getFile().getMediaType(),
                    m.getFile().getSha256()))
        .toList();
  }

  /**
   * Adds a document to a workshop's materials; it goes through the same checks as every document.
   *
   * @throws be.vlaanderen.crt.portal.documents.UploadRefusedException the file is refused
   */
  @Transactional
  public MaterialView addMaterial(
      UserAccount account, long workshopId, String fileName, java.io.InputStream content) {
    requireCoordinator(account);
    Workshop workshop = em.find(Workshop.class, workshopId);
    if (workshop == null) {
      throw new NotVisibleException("Workshop " + workshopId);
    }
    var accepted = intake.accept(fileName, content, null);
    WorkshopMaterial material =
        new WorkshopMaterial(workshop, accepted.originalFileName(), storedFile(accepted, account));
    em.persist(material);
    em.flush();
    audit.record(
        account.getUsername(),
        "MATERIAL_ADDED",
        "WorkshopMaterial",
        material.getId(),
        accepted.fileName());
    return new MaterialView(
        material.getId(),
        material.getFile().getFileName(),
        material.getFile().getSize(),
        material.getFile().getMediaType(),
        material.getFile().getSha256());
  }

  /**
   * A material, if the account may read it: the CRT, the steering committee, and the municipalities
   * enrolled in the workshop's wave.
   */
  public WorkshopMaterial material(UserAccount account, long materialId) {
    WorkshopMaterial material = em.find(WorkshopMaterial.class, materialId);
    if (material == null) {
      throw new NotVisibleException("Material " + materialId);
    }
    if (!mayReadWaveFiles(account, material.getWorkshop().getWave())) {
      throw new NotVisibleException("Material " + materialId);
    }
    return material;
  }

  /** Opens a new wave in the programme of an existing one, numbered after the last. */
  @Transactional
  public long createWave(UserAccount account, long sameProgrammeAsWave, String name, int capacity) {
    requireCoordinator(account);
    Wave sibling = wave(sameProgrammeAsWave);
    if (name == null || name.isBlank() || name.length() > 120) {
      throw new InvalidInputException("programme.invalid.waveName");
    }
    if (capacity < 1 || capacity > 500) {
      throw new InvalidInputException("programme.invalid.capacity");
    }
    Integer last =
        em.createQuery("SELECT MAX(w.number) FROM Wave w WHERE w.programme = :p", Integer.class)
            .setParameter("p", sibling.getProgramme())
            .getSingleResult();
    Wave wave = new Wave(sibling.getProgramme(), last == null ? 1 : last + 1, name.strip());
    wave.limitTo(capacity);
    em.persist(wave);
    em.flush();
    audit.record(account.getUsername(), "WAVE_CREATED", "Wave", wave.getId(), name);
    return wave.getId();
  }

  /** A template attached to an assignment, as pages show it. */
  public record TemplateView(long id, String fileName, long size) implements Serializable {}

  /** Attaches the coordinator's own template to an assignment (checked like every document). */
  @Transactional
  public TemplateView attachTemplate(
      UserAccount account, long assignmentId, String fileName, java.io.InputStream content) {
    requireCoordinator(account);
    Assignment assignment = em.find(Assignment.class, assignmentId);
    if (assignment == null) {
      throw new NotVisibleException("Assignment " + assignmentId);
    }
    var accepted = intake.accept(fileName, content, null);
    AssignmentTemplate template = new AssignmentTemplate(assignment, storedFile(accepted, account));
    em.persist(template);
    em.flush();
    audit.record(
        account.getUsername(),
        "TEMPLATE_ATTACHED",
        "Assignment",
        assignmentId,
        accepted.fileName());
    return new TemplateView(
        template.getId(), template.getFile().getFileName(), template.getFile().getSize());
  }

  /** The newest template attached to the assignment, or null (then the portal's own applies). */
  public TemplateView attachedTemplate(long assignmentId) {
    return em.createQuery(
            "SELECT t FROM AssignmentTemplate t WHERE t.assignment.id = :a ORDER BY t.id DESC",
            AssignmentTemplate.class)
        .setParameter("a", assignmentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(t -> new TemplateView(t.getId(), t.getFile().getFileName(), t.getFile().getSize()))
        .orElse(null);
  }

  /**
   * An attached template, if the account may read it: the CRT and the municipalities of the wave.
   */
  public AssignmentTemplate template(UserAccount account, long templateId) {
    AssignmentTemplate template = em.find(AssignmentTemplate.class, templateId);
    if (template == null) {
      throw new NotVisibleException("Template " + templateId);
    }
    if (!mayReadWaveFiles(account, template.getAssignment().getWave())) {
      throw new NotVisibleException("Template " + templateId);
    }
    return template;
  }

  /** Moves an assignment's deadline; reminders follow the new date. */
  @Transactional
  public void changeDeadline(UserAccount account, long assignmentId, LocalDateTime deadline) {
    requireCoordinator(account);
    Assignment assignment = em.find(Assignment.class, assignmentId);
    if (assignment == null) {
      throw new NotVisibleException("Assignment " + assignmentId);
    }
    if (deadline == null
        || deadline.isBefore(be.vlaanderen.crt.portal.platform.ProgrammeTime.now())) {
      throw new InvalidInputException("programme.invalid.deadline");
    }
    assignment.moveDeadline(deadline);
    audit.record(
        account.getUsername(), "DEADLINE_CHANGED", "Assignment", assignmentId, deadline.toString());
  }

  /** Records whether a municipality of the wave attended the workshop. */
  @Transactional
  public void attendance(
      UserAccount account, long workshopId, long municipalityId, boolean present) {
    requireCoordinator(account);
    Workshop workshop = em.find(Workshop.class, workshopId);
    Municipality municipality = em.find(Municipality.class, municipalityId);
    if (workshop == null || municipality == null) {
      throw new NotVisibleException("Workshop or municipality");
    }
    if (em.createQuery(
                "SELECT COUNT(e) FROM Enrollment e WHERE e.wave = :w AND e.municipality = :m",
                Long.class)
            .setParameter("w", workshop.getWave())
            .setParameter("m", municipality)
            .getSingleResult()
        == 0) {
      throw new InvalidInputException("programme.attendance.notEnrolled", municipality.getName());
    }
    Attendance attendance =
        em.createQuery(
                "SELECT a FROM Attendance a WHERE a.workshop = :w AND a.municipality = :m",
                Attendance.class)
            .setParameter("w", workshop)
            .setParameter("m", municipality)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (attendance == null) {
      em.persist(new Attendance(workshop, municipality, present));
    } else {
      attendance.mark(present);
    }
    audit.recordFor(
        municipalityId,
        account.getUsername(),
        "ATTENDANCE_RECORDED",
        "Workshop",
        workshopId,
        "workshop " + workshop.getNumber() + (present ? " present" : " absent"));
  }

  /** Who attended a workshop (municipality id → present). */
  public java.util.Map<Long, Boolean> attendance(long workshopId) {
    java.util.Map<Long, Boolean> present = new java.util.HashMap<>();
    em.createQuery("SELECT a FROM Attendance a WHERE a.workshop.id = :w", Attendance.class)
        .setParameter("w", workshopId)
        .getResultList()
        .forEach(a -> present.put(a.getMunicipality().getId(), a.isPresent()));
    return present;
  }

  /** A municipality of a wave with whether it attended a given workshop. */
  public record AttendanceRow(long municipalityId, String municipality, boolean present)
      implements Serializable {}

  /** The wave's municipalities with their attendance at one workshop (absent until marked). */
  public List<AttendanceRow> attendanceSheet(UserAccount account, long workshopId) {
    requireCoordinator(account);
    Workshop workshop = em.find(Workshop.class, workshopId);
    if (workshop == null) {
      throw new NotVisibleException("Workshop " + workshopId);
    }
    java.util.Map<Long, Boolean> present = attendance(workshopId);
    return em
        .createQuery(
            "SELECT e.municipality FROM Enrollment e WHERE e.wave = :w ORDER BY e.municipality.name",
            Municipality.class)
        .setParameter("w", workshop.getWave())
        .getResultList()
        .stream()
        .map(m -> new AttendanceRow(m.getId(), m.getName(), present.getOrDefault(m.getId(), false)))
        .toList();
  }

  /** The municipality's programme in time: its waves' workshops and assignment deadlines. */
  public List<TimelineItem> timeline(UserAccount account, long municipalityId) {
    if (!access.mayReadDocuments(account, municipalityId)) {
      throw new NotVisibleException("Municipality " + municipalityId);
    }
    List<TimelineItem> items = new ArrayList<>();
    List<Wave> waves =
        em.createQuery("SELECT e.wave FROM Enrollment e WHERE e.municipality.id = :m", Wave.class)
            .setParameter("m", municipalityId)
            .getResultList();
    for (Wave wave : waves) {
      for (WorkshopView w : workshops(wave.getId())) {
        items.add(
            new TimelineItem(
                w.heldAt(),
                "WORKSHOP",
                w.number() + ". " + w.title(),
                w.place(),
                null,
                null,
                w.materials(),
                wave.getId(),
                w.number()));
      }
      for (AssignmentView a : assignments(wave.getId())) {
        items.add(
            new TimelineItem(
                a.deadline(),
                "ASSIGNMENT",
                a.title(),
                a.description(),
                a.id(),
                a.kind(),
                List.of(),
                wave.getId(),
                null));
      }
    }
    items.sort(
        Comparator.comparing(TimelineItem::when, Comparator.nullsLast(Comparator.naturalOrder())));
    return items;
  }

  /**
   * Files of a wave (materials, templates) are for the CRT and steering, and the wave's own
   * municipalities.
   */
  private boolean mayReadWaveFiles(UserAccount account, Wave wave) {
    return account.getMunicipality() == null
        || !em.createQuery(
                "SELECT e.id FROM Enrollment e WHERE e.wave = :w AND e.municipality.id = :m",
                Long.class)
            .setParameter("w", wave)
            .setParameter("m", account.getMunicipality().getId())
            .getResultList()
            .isEmpty();
  }

  private static StoredFileInfo storedFile(
      be.vlaanderen.crt.portal.documents.DocumentIntake.Accepted<?> accepted, UserAccount account) {
    return new StoredFileInfo(
        accepted.fileName(),
        accepted.size(),
        accepted.sha256(),
        accepted.type().mediaType(),
        accepted.storageKey(),
        account.getUsername(),
        java.time.Instant.now());
  }

  private Wave wave(long waveId) {
    Wave wave = em.find(Wave.class, waveId);
    if (wave == null) {
      throw new NotVisibleException("Wave " + waveId);
    }
    return wave;
  }

  private static void requireCoordinator(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Programme management is for coordinators");
    }
  }
}
