package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.AccessPolicy;
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
 * Who attended which workshop: the coordinator's register per workshop and what a municipality sees
 * of its own attendance.
 */
@ApplicationScoped
public class AttendanceRegister {

  @PersistenceContext private EntityManager em;

  @Inject AccessPolicy access;

  @Inject AuditLog audit;

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

  /** Records whether a municipality of the wave attended the workshop. */
  @Transactional
  public void attendance(
      UserAccount account, long workshopId, long municipalityId, boolean present) {
    ProgrammeService.requireCoordinator(account);
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
    ProgrammeService.requireCoordinator(account);
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
}
