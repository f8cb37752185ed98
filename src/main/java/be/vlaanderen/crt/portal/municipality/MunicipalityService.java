package be.vlaanderen.crt.portal.municipality;

import be.vlaanderen.crt.portal.audit.AuditEvent;
import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.organisation.Province;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A municipality as the coordinator manages it: facts, contact persons, good practice, audit trail.
 */
@ApplicationScoped
public class MunicipalityService {

  /** A municipality's enrolment in a wave of a programme. */
  public record EnrolledIn(Long municipality, String programme, String wave) {
    /** "Golf 1 (BCP-traject)", or the programme alone when the wave bears its name. */
    String label() {
      return programme.equals(wave) ? programme : wave + " (" + programme + ")";
    }
  }

  /** How many contact persons a municipality has. */
  public record Contacts(Long municipality, Long count) {}

  /** A pilot test case's code and title. */
  public record TestCaseTitle(String code, String title) {}

  static final int TRAIL_LIMIT = 1000;

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject be.vlaanderen.crt.portal.security.Invitations invitations;

  /** A contact person of the municipality. */
  public record Contact(String username, String name, String email) implements Serializable {}

  /** One line of the audit trail. */
  public record TrailEntry(
      Instant when, String actor, String action, String objectType, Long objectId, String detail)
      implements Serializable {}

  /** What the coordinator sees of a municipality. */
  public record Detail(
      long id,
      String name,
      String province,
      Integer population,
      String nisCode,
      boolean goodPractice,
      String goodPracticeNote,
      List<Contact> contacts,
      List<TrailEntry> trail)
      implements Serializable {}

  /** One line of the municipalities list. */
  public record ListRow(
      long id,
      String name,
      String province,
      Integer population,
      List<String> waves,
      long contacts,
      boolean goodPractice)
      implements Serializable {}

  /** What narrows the municipalities list; null parts do not narrow it. */
  public record ListFilter(String name, Long waveId, boolean withoutWave, Province province)
      implements Serializable {}

  /**
   * All municipalities that match the filter, by name: for the coordinator and the steering
   * committee. Three queries whatever the number of municipalities.
   */
  public List<ListRow> list(UserAccount account, ListFilter filter) {
    if (account.getRole() != Role.COORDINATOR && account.getRole() != Role.STEERING) {
      throw new NotPermittedException("The municipalities list is for coordinators and steering");
    }
    StringBuilder jpql = new StringBuilder("SELECT m FROM Municipality m WHERE 1 = 1");
    String name = filter.name() == null ? "" : filter.name().strip();
    if (!name.isEmpty()) {
      jpql.append(" AND LOWER(m.name) LIKE :name ESCAPE '!'");
    }
    if (filter.province() != null) {
      jpql.append(" AND m.province = :province");
    }
    if (filter.waveId() != null) {
      jpql.append(
          " AND EXISTS (SELECT e FROM Enrollment e"
              + " WHERE e.municipality = m AND e.wave.id = :wave)");
    } else if (filter.withoutWave()) {
      jpql.append(" AND NOT EXISTS (SELECT e FROM Enrollment e" + " WHERE e.municipality = m)");
    }
    jpql.append(" ORDER BY m.name");
    var query = em.createQuery(jpql.toString(), Municipality.class);
    if (!name.isEmpty()) {
      String escaped =
          name.toLowerCase(java.util.Locale.ROOT)
              .replace("!", "!!")
              .replace("%", "!%")
              .replace("_", "!_");
      query.setParameter("name", "%" + escaped + "%");
    }
    if (filter.province() != null) {
      query.setParameter("province", filter.province());
    }
    if (filter.waveId() != null) {
      query.setParameter("wave", filter.waveId());
    }
    List<Municipality> found = query.getResultList();
    java.util.Map<Long, List<String>> waves = new java.util.HashMap<>();
    for (EnrolledIn r :
        em.createQuery(
                "SELECT NEW be.vlaanderen.crt.portal.municipality.MunicipalityService$EnrolledIn(e.municipality.id, e.wave.programme.name,"
                    + " e.wave.name) FROM Enrollment e"
                    + " ORDER BY e.wave.programme.name, e.wave.number",
                EnrolledIn.class)
            .getResultList()) {
      waves.computeIfAbsent(r.municipality(), k -> new java.util.ArrayList<>()).add(r.label());
    }
    java.util.Map<Long, Long> contacts = new java.util.HashMap<>();
    for (Contacts r :
        em.createQuery(
                "SELECT NEW be.vlaanderen.crt.portal.municipality.MunicipalityService$Contacts(u.municipality.id, COUNT(u)) FROM UserAccount u"
                    + " WHERE u.municipality IS NOT NULL GROUP BY u.municipality.id",
                Contacts.class)
            .getResultList()) {
      contacts.put(r.municipality(), r.count());
    }
    return found.stream()
        .map(
            m ->
                new ListRow(
                    m.getId(),
                    m.getName(),
                    m.getProvince().label(),
                    m.getPopulation(),
                    waves.getOrDefault(m.getId(), List.of()),
                    contacts.getOrDefault(m.getId(), 0L),
                    m.isGoodPractice()))
        .toList();
  }

  /**
   * The coordinator's view; the steering committee reads it too (it holds no documents and no
   * scores).
   */
  public Detail detail(UserAccount account, long municipalityId) {
    if (account.getRole() != Role.COORDINATOR && account.getRole() != Role.STEERING) {
      throw new NotPermittedException(
          "Municipality administration is for coordinators and the steering committee");
    }
    Municipality m = find(municipalityId);
    List<Contact> contacts =
        em
            .createQuery(
                "SELECT u FROM UserAccount u WHERE u.municipality.id = :m ORDER BY u.displayName",
                UserAccount.class)
            .setParameter("m", municipalityId)
            .getResultList()
            .stream()
            .map(u -> new Contact(u.getUsername(), u.getDisplayName(), u.getEmail()))
            .toList();
    List<TrailEntry> trail =
        audit.trail(municipalityId, TRAIL_LIMIT).stream().map(MunicipalityService::entry).toList();
    return new Detail(
        m.getId(),
        m.getName(),
        m.getProvince().label(),
        m.getPopulation(),
        m.getNisCode(),
        m.isGoodPractice(),
        m.getGoodPracticeNote(),
        contacts,
        trail);
  }

  /** The pilot's test cases by code ("LOGIN" → "Aanmelden"), for the trail's test results. */
  public java.util.Map<String, String> testCaseTitles() {
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    for (TestCaseTitle r :
        em.createQuery(
                "SELECT NEW be.vlaanderen.crt.portal.municipality.MunicipalityService$TestCaseTitle(c.code, c.title) FROM TestCase c",
                TestCaseTitle.class)
            .getResultList()) {
      titles.put(r.code(), r.title());
    }
    return titles;
  }

  /** Flags a municipality as good practice (to invite it as a speaker), with a note. */
  @Transactional
  public void markGoodPractice(
      UserAccount account, long municipalityId, boolean goodPractice, String note) {
    requireCoordinator(account);
    if (note != null && note.length() > 1000) {
      throw new InvalidInputException("municipality.invalid.note");
    }
    Municipality m = find(municipalityId);
    m.markGoodPractice(goodPractice, note);
    audit.recordFor(
        municipalityId,
        account.getUsername(),
        goodPractice ? "GOOD_PRACTICE_MARKED" : "GOOD_PRACTICE_REMOVED",
        "Municipality",
        municipalityId,
        note);
  }

  /**
   * The municipality's official code (NIS, five digits), by which ACM/IDM names it in its claims:
   * its contact persons log in through ACM/IDM only with this code. Empty clears it.
   */
  @Transactional
  public void recordNisCode(UserAccount account, long municipalityId, String code) {
    requireCoordinator(account);
    String value = code == null ? "" : code.strip();
    if (!value.isEmpty() && !value.matches("\\d{5}")) {
      throw new InvalidInputException("municipality.invalid.nis");
    }
    Municipality m = find(municipalityId);
    if (!value.isEmpty()) {
      List<String> taken =
          em.createQuery(
                  "SELECT m.name FROM Municipality m WHERE m.nisCode = :code AND m.id <> :id",
                  String.class)
              .setParameter("code", value)
              .setParameter("id", municipalityId)
              .getResultList();
      if (!taken.isEmpty()) {
        throw new InvalidInputException("municipality.invalid.nisTaken", taken.get(0));
      }
    }
    m.recordNisCode(value);
    audit.recordFor(
        municipalityId,
        account.getUsername(),
        "NIS_CODE_SET",
        "Municipality",
        municipalityId,
        value.isEmpty() ? null : value);
  }

  /**
   * Sends a contact person a new set-password link (an expired invitation, a forgotten password).
   */
  @Transactional
  public void reinvite(UserAccount account, long municipalityId, String username) {
    requireCoordinator(account);
    Municipality m = find(municipalityId);
    UserAccount contact =
        em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
            .setParameter("username", username)
            .getResultStream()
            .filter(
                u -> u.getMunicipality() != null && u.getMunicipality().getId().equals(m.getId()))
            .findFirst()
            .orElseThrow(() -> new NotVisibleException("Contact " + username));
    if (contact.getEmail() == null) {
      throw new InvalidInputException("municipality.invalid.noEmail");
    }
    invitations.invite(contact, m.getName());
    audit.recordFor(
        municipalityId,
        account.getUsername(),
        "CONTACT_INVITED",
        "UserAccount",
        contact.getId(),
        contact.getEmail());
  }

  private Municipality find(long id) {
    Municipality m = em.find(Municipality.class, id);
    if (m == null) {
      throw new NotVisibleException("Municipality " + id);
    }
    return m;
  }

  private static TrailEntry entry(AuditEvent e) {
    return new TrailEntry(
        e.getOccurredAt(),
        e.getActor(),
        e.getAction(),
        e.getObjectType(),
        e.getObjectId(),
        e.getDetail());
  }

  private static void requireCoordinator(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Municipality administration is for coordinators");
    }
  }
}
