package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Track;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Time registration: CRT experts and analysts log their own days, coordinators anyone's (also
 * external consultants'); the coordinator approves a month, which locks it. Validation refuses with
 * a message and changes nothing.
 */
@ApplicationScoped
@be.vlaanderen.crt.portal.platform.RetryOnDeadlock
public class TimeEntries {

  static final BigDecimal HALF = new BigDecimal("0.5");
  static final BigDecimal ONE = BigDecimal.ONE;

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject BudgetData data;

  /** What is logged. */
  public record EntryInput(
      String person,
      String profile,
      String date,
      BigDecimal days,
      String activity,
      String track,
      java.math.BigDecimal group,
      Long municipalityId,
      String note) {}

  /** An entry as lists show it, with what it costs at the rate of its day. */
  public record EntryView(
      long id,
      String person,
      String profile,
      LocalDate date,
      BigDecimal days,
      Activity activity,
      Track track,
      String scope,
      String note,
      Money amount,
      boolean locked)
      implements Serializable {}

  /** A locked month. */
  public record LockView(String month, Instant lockedAt, String lockedBy) implements Serializable {}

  public static boolean mayLog(UserAccount account) {
    return account.getRole() == Role.REVIEWER || account.getRole() == Role.COORDINATOR;
  }

  @Transactional
  public EntryView add(UserAccount account, EntryInput in) {
    if (!mayLog(account)) {
      throw new NotPermittedException("CRT only");
    }
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    String person =
        account.getRole() == Role.COORDINATOR && in.person() != null && !in.person().isBlank()
            ? in.person().strip()
            : account.getUsername();
    if (person.length() > 120) {
      throw new InvalidInputException("pilot.tooLong", 120);
    }
    LocalDate date = date(in.date());
    if (date.isAfter(be.vlaanderen.crt.portal.platform.ProgrammeTime.today())) {
      throw new InvalidInputException("time.future");
    }
    LocalDate start = data.programmeStart();
    if (start != null && date.isBefore(start)) {
      throw new InvalidInputException("time.beforeProgramme", start);
    }
    Rates rates = data.rates();
    if (in.profile() == null || !rates.has(in.profile(), date)) {
      throw new InvalidInputException("time.noRate", String.valueOf(in.profile()), date);
    }
    if (account.getRole() == Role.REVIEWER && !data.isInternal(in.profile())) {
      throw new InvalidInputException("time.profileNotYours");
    }
    BigDecimal days = in.days();
    if (days == null
        || days.signum() <= 0
        || days.compareTo(ONE) > 0
        || days.remainder(HALF).signum() != 0) {
      throw new InvalidInputException("time.days");
    }
    Track track =
        be.vlaanderen.crt.portal.platform.Inputs.oneOf(Track.class, in.track(), "time.track");
    Activity activity =
        be.vlaanderen.crt.portal.platform.Inputs.oneOf(
            Activity.class, in.activity(), "time.activity");
    if (!activity.fits(track)) {
      throw new InvalidInputException("time.activityTrack");
    }
    Integer groupNumber =
        be.vlaanderen.crt.portal.platform.WholeNumbers.of(in.group(), "time.scopeUnknown");
    Long groupId = null;
    if (groupNumber != null) {
      groupId = data.groupIdOf(groupNumber);
      if (groupId == null) {
        throw new InvalidInputException("time.scopeUnknown");
      }
    }
    checkScope(track, groupId, in.municipalityId());
    String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
    if (note != null && note.length() > 1000) {
      throw new InvalidInputException("pilot.tooLong", 1000);
    }
    requireOpen(YearMonth.from(date));
    // One person's day is decided one registration at a time: the day's row is created if need be
    // and locked by its primary key, and holds the latest total (see V24).
    em.createNativeQuery(
            "INSERT INTO time_entry_day (person, work_date, days) VALUES (?, ?, 0)"
                + " ON DUPLICATE KEY UPDATE days = days")
        .setParameter(1, person)
        .setParameter(2, date)
        .executeUpdate();
    BigDecimal already =
        (BigDecimal)
            em.createNativeQuery(
                    "SELECT days FROM time_entry_day WHERE person = ? AND work_date = ? FOR UPDATE")
                .setParameter(1, person)
                .setParameter(2, date)
                .getSingleResult();
    if (already.add(days).compareTo(ONE) > 0) {
      throw new InvalidInputException(
          "time.moreThanADay", person, date, already.stripTrailingZeros().toPlainString());
    }
    em.createNativeQuery(
            "UPDATE time_entry_day SET days = days + ? WHERE person = ? AND work_date = ?")
        .setParameter(1, days)
        .setParameter(2, person)
        .setParameter(3, date)
        .executeUpdate();
    TimeEntry entry =
        new TimeEntry(
            person,
            in.profile(),
            date,
            days,
            activity,
            track,
            groupId,
            in.municipalityId(),
            note,
            Instant.now(),
            account.getUsername());
    em.persist(entry);
    em.flush();
    audit.recordFor(
        in.municipalityId(),
        account.getUsername(),
        "TIME_LOGGED",
        "TimeEntry",
        entry.getId(),
        person + ", " + date + ", " + days + " d " + in.profile() + ", " + activity);
    return view(entry, rates);
  }

  private void checkScope(Track track, Long groupId, Long municipalityId) {
    if (track == Track.ACM_IDM) {
      if (groupId == null && municipalityId == null) {
        throw new InvalidInputException("time.scopeRequired");
      }
      if (municipalityId != null) {
        Long group = data.pilotGroupOf(municipalityId);
        if (group == null) {
          throw new InvalidInputException("time.notInPilot");
        }
        if (groupId != null && !groupId.equals(group)) {
          throw new InvalidInputException("time.notInGroup");
        }
      }
    } else {
      if (groupId != null) {
        throw new InvalidInputException("time.noGroupInBcp");
      }
      if (municipalityId != null && !data.inBcpTrack(municipalityId)) {
        throw new InvalidInputException("time.notInBcp");
      }
    }
  }

  /** Approving a month closes it and every month before it. */
  private void requireOpen(YearMonth month) {
    if (isLocked(month)) {
      throw new ConflictException("time.locked", month.toString());
    }
  }

  boolean isLocked(YearMonth month) {
    return em.createQuery("SELECT COUNT(l) FROM TimeLock l WHERE l.month >= :m", Long.class)
            .setParameter("m", month.toString())
            .getSingleResult()
        > 0;
  }

  /** Deletes an entry (softly: reports for earlier dates keep it). */
  @Transactional
  public void delete(UserAccount account, long id) {
    if (!mayLog(account)) {
      throw new NotPermittedException("CRT only");
    }
    TimeEntry entry = em.find(TimeEntry.class, id);
    if (entry == null
        || entry.getDeletedAt() != null
        || (account.getRole() == Role.REVIEWER
            && !entry.getPerson().equals(account.getUsername()))) {
      throw new NotVisibleException("Time entry " + id);
    }
    requireOpen(YearMonth.from(entry.getWorkDate()));
    // Deleted once, whoever deletes at the same time; the day's total gives the days back.
    int deleted =
        em.createNativeQuery(
                "UPDATE time_entry SET deleted_at = ?, deleted_by = ? WHERE id = ?"
                    + " AND deleted_at IS NULL")
            .setParameter(1, java.sql.Timestamp.from(Instant.now()))
            .setParameter(2, account.getUsername())
            .setParameter(3, id)
            .executeUpdate();
    if (deleted == 0) {
      throw new NotVisibleException("Time entry " + id);
    }
    em.createNativeQuery(
            "UPDATE time_entry_day SET days = days - ? WHERE person = ? AND work_date = ?")
        .setParameter(1, entry.getDays())
        .setParameter(2, entry.getPerson())
        .setParameter(3, entry.getWorkDate())
        .executeUpdate();
    em.detach(entry);
    audit.recordFor(
        entry.getMunicipalityId(),
        account.getUsername(),
        "TIME_DELETED",
        "TimeEntry",
        id,
        entry.getPerson() + ", " + entry.getWorkDate());
  }

  /** A month's entries: a reviewer's own, everyone's for coordinator and steering committee. */
  public List<EntryView> month(UserAccount account, YearMonth month) {
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException("Not for municipalities");
    }
    boolean own = account.getRole() == Role.REVIEWER;
    Rates rates = data.rates();
    var query =
        em.createQuery(
                "SELECT t FROM TimeEntry t WHERE t.workDate BETWEEN :a AND :b AND t.deletedAt IS NULL"
                    + (own ? " AND t.person = :p" : "")
                    + " ORDER BY t.workDate DESC, t.id DESC",
                TimeEntry.class)
            .setParameter("a", month.atDay(1))
            .setParameter("b", month.atEndOfMonth());
    if (own) {
      query.setParameter("p", account.getUsername());
    }
    return query.getResultList().stream().map(e -> view(e, rates)).toList();
  }

  /** One entry that is not deleted, if the account may see it (a reviewer: only the own). */
  public EntryView entry(UserAccount account, long id) {
    TimeEntry entry = em.find(TimeEntry.class, id);
    if (entry == null || entry.getDeletedAt() != null) {
      throw new NotVisibleException("No such time entry");
    }
    return month(account, YearMonth.from(entry.getWorkDate())).stream()
        .filter(e -> e.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("Not this account's time entry"));
  }

  private EntryView view(TimeEntry e, Rates rates) {
    String scope =
        e.getMunicipalityId() != null
            ? data.municipalityName(e.getMunicipalityId())
            : e.getGroupId() != null ? data.groupName(e.getGroupId()) : null;
    return new EntryView(
        e.getId(),
        e.getPerson(),
        e.getProfile(),
        e.getWorkDate(),
        e.getDays(),
        e.getActivity(),
        e.getTrack(),
        scope,
        e.getNote(),
        Money.cost(e.getDays(), rates.on(e.getProfile(), e.getWorkDate())),
        isLocked(YearMonth.from(e.getWorkDate())));
  }

  /** The coordinator approves a month: its entries are locked. */
  @Transactional
  public void lock(UserAccount account, YearMonth month) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Coordinators approve months");
    }
    if (month == null
        || !month.isBefore(
            be.vlaanderen.crt.portal.platform.ProgrammeTime.thisMonth().plusMonths(1))) {
      throw new InvalidInputException("time.lockFuture");
    }
    requireOpen(month);
    em.persist(new TimeLock(month.toString(), Instant.now(), account.getUsername()));
    audit.record(account.getUsername(), "TIME_MONTH_LOCKED", "TimeLock", null, month.toString());
  }

  public List<LockView> locks() {
    return em
        .createQuery("SELECT l FROM TimeLock l ORDER BY l.month DESC", TimeLock.class)
        .getResultList()
        .stream()
        .map(l -> new LockView(l.getMonth(), l.getLockedAt(), l.getLockedBy()))
        .toList();
  }

  static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("time.dateRequired");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("pilot.invalidDate", value);
    }
  }
}
