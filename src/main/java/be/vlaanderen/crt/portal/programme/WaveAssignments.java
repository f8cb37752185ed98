package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The assignments of a wave (BIA, BCP, BCP update): created and given a deadline by the
 * coordinator, with an optional template of the coordinator's own; announced by e-mail.
 */
@ApplicationScoped
public class WaveAssignments {

  @PersistenceContext private EntityManager em;

  @Inject ProgrammeMails notifications;

  @Inject AuditLog audit;

  @Inject be.vlaanderen.crt.portal.documents.DocumentIntake intake;

  @Inject ProgrammeService programme;

  /** An assignment as pages show it. */
  public record AssignmentView(
      long id, AssignmentKind kind, String title, String description, LocalDateTime deadline)
      implements Serializable {}

  /** The assignments of a wave, for the CRT and steering, or for a municipality of that wave. */
  public List<AssignmentView> assignments(UserAccount account, long waveId) {
    Wave wave = programme.wave(waveId);
    if (!programme.mayReadWaveFiles(account, wave)) {
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

  /** Sets a new assignment for every municipality of the wave and tells them by e-mail. */
  @Transactional
  public long createAssignment(
      UserAccount account,
      long waveId,
      AssignmentKind kind,
      String title,
      String description,
      LocalDateTime deadline) {
    ProgrammeService.requireCoordinator(account);
    Wave wave = programme.wave(waveId);
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

  /** A template attached to an assignment, as pages show it. */
  public record TemplateView(long id, String fileName, long size) implements Serializable {}

  /** Attaches the coordinator's own template to an assignment (checked like every document). */
  @Transactional
  public TemplateView attachTemplate(
      UserAccount account, long assignmentId, String fileName, java.io.InputStream content) {
    ProgrammeService.requireCoordinator(account);
    Assignment assignment = em.find(Assignment.class, assignmentId);
    if (assignment == null) {
      throw new NotVisibleException("Assignment " + assignmentId);
    }
    var accepted = intake.accept(fileName, content, null);
    AssignmentTemplate template =
        new AssignmentTemplate(assignment, ProgrammeService.storedFile(accepted, account));
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
    if (!programme.mayReadWaveFiles(account, template.getAssignment().getWave())) {
      throw new NotVisibleException("Template " + templateId);
    }
    return template;
  }

  /** Moves an assignment's deadline; reminders follow the new date. */
  @Transactional
  public void changeDeadline(UserAccount account, long assignmentId, LocalDateTime deadline) {
    ProgrammeService.requireCoordinator(account);
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
}
