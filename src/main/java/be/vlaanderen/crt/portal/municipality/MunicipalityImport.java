package be.vlaanderen.crt.portal.municipality;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.extraction.ContentFamily;
import be.vlaanderen.crt.portal.extraction.DocumentType;
import be.vlaanderen.crt.portal.extraction.TypeDetector;
import be.vlaanderen.crt.portal.municipality.internal.ImportFileReader;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Enrollment;
import be.vlaanderen.crt.portal.programme.Wave;
import be.vlaanderen.crt.portal.security.Invitations;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports municipalities and their contact persons from a CSV or XLSX file: first a preview with an
 * error report per row, then the valid rows are applied. Applying the same file twice changes
 * nothing: municipalities are matched by name, contact persons by e-mail. A new contact person gets
 * an account and an invitation to set a password.
 */
@ApplicationScoped
public class MunicipalityImport {

  /** An import file is a list, not a document: a few hundred kilobytes at most. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  @PersistenceContext private EntityManager em;

  @Inject TypeDetector detector;

  @Inject Invitations invitations;

  @Inject AuditLog audit;

  /**
   * The rows as read, with per-row errors, and what applying would do; {@code existing} holds the
   * lines whose municipality is already in the portal (its contact is added, nothing else changes).
   */
  public record Preview(
      List<ImportRow> rows,
      int valid,
      int invalid,
      int newMunicipalities,
      int newContacts,
      java.util.Set<Integer> existing)
      implements Serializable {

    public boolean exists(ImportRow row) {
      return existing.contains(row.line());
    }
  }

  /** What applying did. */
  public record Result(
      int municipalitiesCreated,
      int contactsInvited,
      int enrolled,
      int unchanged,
      int skipped,
      int waveFull)
      implements Serializable {}

  /**
   * Reads and checks the file without changing anything.
   *
   * @throws InvalidInputException not CSV or XLSX, too large, unreadable, or without the needed
   *     columns
   */
  public Preview preview(UserAccount account, Path file) {
    requireCoordinator(account);
    List<ImportRow> rows = read(file);
    int newMunicipalities = 0;
    int newContacts = 0;
    List<ImportRow> checked = new ArrayList<>();
    java.util.Set<Integer> existing = new java.util.TreeSet<>();
    for (ImportRow row : rows) {
      ImportRow withConflicts = conflicts(row);
      checked.add(withConflicts);
      if (withConflicts.valid()) {
        if (municipality(row.name()) == null) {
          newMunicipalities++;
        } else {
          existing.add(row.line());
        }
        if (accountByEmail(row.email()) == null) {
          newContacts++;
        }
      }
    }
    int valid = (int) checked.stream().filter(ImportRow::valid).count();
    // Several contacts of one new municipality count it once.
    long distinctNew =
        checked.stream()
            .filter(ImportRow::valid)
            .filter(r -> municipality(r.name()) == null)
            .map(r -> r.name().toLowerCase(Locale.ROOT))
            .distinct()
            .count();
    return new Preview(
        List.copyOf(checked),
        valid,
        checked.size() - valid,
        (int) distinctNew,
        newContacts,
        java.util.Set.copyOf(existing));
  }

  /** Applies the valid rows of a preview; rows with errors are skipped. */
  @Transactional
  public Result apply(UserAccount account, List<ImportRow> rows, Long waveId) {
    requireCoordinator(account);
    Wave wave = waveId == null ? null : em.find(Wave.class, waveId);
    if (waveId != null && wave == null) {
      throw new NotVisibleException("Wave " + waveId);
    }
    int created = 0;
    int invited = 0;
    int enrolled = 0;
    int unchanged = 0;
    int skipped = 0;
    int waveFull = 0;
    for (ImportRow row : rows) {
      ImportRow current = conflicts(row);
      if (!current.valid()) {
        skipped++;
        continue;
      }
      boolean changed = false;
      Municipality municipality = municipality(row.name());
      if (municipality == null) {
        municipality = new Municipality(row.name(), row.province());
        municipality.recordPopulation(row.population());
        em.persist(municipality);
        em.flush();
        created++;
        changed = true;
        audit.recordFor(
            municipality.getId(),
            account.getUsername(),
            "MUNICIPALITY_IMPORTED",
            "Municipality",
            municipality.getId(),
            row.name());
      } else if (row.population() != null
          && !row.population().equals(municipality.getPopulation())) {
        municipality.recordPopulation(row.population());
        changed = true;
      }
      if (wave != null && !enrolled(wave, municipality)) {
        if (enrolledCount(wave) >= wave.getCapacity()) {
          // The wave is full: the municipality and its contacts are still imported, not enrolled.
          waveFull++;
        } else {
          em.persist(new Enrollment(wave, municipality));
          em.flush();
          enrolled++;
          changed = true;
        }
      }
      if (accountByEmail(row.email()) == null) {
        UserAccount contact =
            new UserAccount(
                row.email(),
                row.contactName(),
                row.email(),
                invitations.unusablePasswordHash(),
                Role.MUNICIPALITY,
                municipality);
        em.persist(contact);
        em.flush();
        invitations.invite(contact, municipality.getName());
        invited++;
        changed = true;
        audit.recordFor(
            municipality.getId(),
            account.getUsername(),
            "CONTACT_INVITED",
            "UserAccount",
            contact.getId(),
            row.email());
      }
      if (!changed) {
        unchanged++;
      }
    }
    return new Result(created, invited, enrolled, unchanged, skipped, waveFull);
  }

  private List<ImportRow> read(Path file) {
    try {
      if (Files.size(file) == 0) {
        throw new InvalidInputException("import.invalid.empty");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidInputException("import.invalid.size", MAX_BYTES / (1024 * 1024));
      }
      String type = detector.detect(file);
      try (InputStream in = Files.newInputStream(file)) {
        if (DocumentType.XLSX.mediaType().equals(type)) {
          return ImportFileReader.xlsx(in);
        }
        if (ContentFamily.of(type) == ContentFamily.TEXT) {
          return ImportFileReader.csv(in);
        }
      }
      throw new InvalidInputException("import.invalid.type");
    } catch (IOException e) {
      throw new InvalidInputException(
          "HEADER".equals(e.getMessage()) ? "import.invalid.header" : "import.invalid.unreadable");
    }
  }

  /**
   * Adds the errors only the database knows: an e-mail already used by another municipality's
   * contact.
   */
  private ImportRow conflicts(ImportRow row) {
    if (!row.valid()) {
      return row;
    }
    UserAccount existing = accountByEmail(row.email());
    if (existing != null
        && (existing.getMunicipality() == null
            || !existing.getMunicipality().getName().equalsIgnoreCase(row.name()))) {
      List<String> errors = new ArrayList<>(row.errors());
      errors.add("EMAIL_TAKEN");
      return new ImportRow(
          row.line(),
          row.name(),
          row.province(),
          row.population(),
          row.contactName(),
          row.email(),
          List.copyOf(errors));
    }
    Municipality municipality = municipality(row.name());
    if (municipality != null && municipality.getProvince() != row.province()) {
      List<String> errors = new ArrayList<>(row.errors());
      errors.add("PROVINCE_CONFLICT");
      return new ImportRow(
          row.line(),
          row.name(),
          row.province(),
          row.population(),
          row.contactName(),
          row.email(),
          List.copyOf(errors));
    }
    return row;
  }

  private Municipality municipality(String name) {
    return em.createQuery(
            "SELECT m FROM Municipality m WHERE LOWER(m.name) = :name", Municipality.class)
        .setParameter("name", name.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private UserAccount accountByEmail(String email) {
    return em.createNamedQuery("UserAccount.byEmail", UserAccount.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private long enrolledCount(Wave wave) {
    return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.wave = :w", Long.class)
        .setParameter("w", wave)
        .getSingleResult();
  }

  private boolean enrolled(Wave wave, Municipality municipality) {
    return !em.createQuery(
            "SELECT e.id FROM Enrollment e WHERE e.wave = :w AND e.municipality = :m", Long.class)
        .setParameter("w", wave)
        .setParameter("m", municipality)
        .getResultList()
        .isEmpty();
  }

  private static void requireCoordinator(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Imports are for coordinators");
    }
  }
}
