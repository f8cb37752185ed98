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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The five workshops of a wave as the coordinator plans them (date, place, ABB validation) and
 * their materials, read by the wave's own municipalities, the CRT and the steering committee.
 */
@ApplicationScoped
public class WorkshopPlanning {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject be.vlaanderen.crt.portal.documents.DocumentIntake intake;

  @Inject ProgrammeService programme;

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
    if (!programme.mayReadWaveFiles(account, programme.wave(waveId))) {
      throw new NotVisibleException("Wave " + waveId);
    }
    return workshops(waveId);
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
    ProgrammeService.requireCoordinator(account);
    Wave wave = programme.wave(waveId);
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
    ProgrammeService.requireCoordinator(account);
    Workshop workshop = em.find(Workshop.class, workshopId);
    if (workshop == null) {
      throw new NotVisibleException("Workshop " + workshopId);
    }
    var accepted = intake.accept(fileName, content, null);
    WorkshopMaterial material =
        new WorkshopMaterial(
            workshop, accepted.originalFileName(), ProgrammeService.storedFile(accepted, account));
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
    if (!programme.mayReadWaveFiles(account, material.getWorkshop().getWave())) {
      throw new NotVisibleException("Material " + materialId);
    }
    return material;
  }
}
