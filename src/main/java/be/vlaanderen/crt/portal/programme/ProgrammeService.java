package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.audit.AuditLog;
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

/**
 * Waves, and what the programme's services share: the wave by id, the coordinator's rule, who reads
 * a wave's files. The workshops are {@link WorkshopPlanning}, the assignments {@link
 * WaveAssignments}, the attendance {@link AttendanceRegister}, the timeline {@link
 * ProgrammeTimeline}. Every change is written to the audit trail.
 */
@ApplicationScoped
public class ProgrammeService {
  @PersistenceContext private EntityManager em;

  @Inject AccessPolicy access;

  @Inject ProgrammeMails notifications;

  @Inject AuditLog audit;

  @Inject be.vlaanderen.crt.portal.documents.DocumentIntake intake;

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

  /**
   * Files of a wave (materials, templates) are for the CRT and steering, and the wave's own
   * municipalities.
   */
  boolean mayReadWaveFiles(UserAccount account, Wave wave) {
    return account.getMunicipality() == null
        || !em.createQuery(
                "SELECT e.id FROM Enrollment e WHERE e.wave = :w AND e.municipality.id = :m",
                Long.class)
            .setParameter("w", wave)
            .setParameter("m", account.getMunicipality().getId())
            .getResultList()
            .isEmpty();
  }

  static StoredFileInfo storedFile(
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

  Wave wave(long waveId) {
    Wave wave = em.find(Wave.class, waveId);
    if (wave == null) {
      throw new NotVisibleException("Wave " + waveId);
    }
    return wave;
  }

  static void requireCoordinator(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Programme management is for coordinators");
    }
  }
}
