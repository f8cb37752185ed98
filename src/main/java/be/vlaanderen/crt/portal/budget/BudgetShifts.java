package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.RetryOnDeadlock;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves money between the budget lines on the steering committee's decision: the coordinator
 * records it (date from which it counts, amount, reason, the meeting); the committee and the
 * coordinator read the history. Reports as of a date use the split valid then, as known then.
 */
@ApplicationScoped
public class BudgetShifts {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject be.vlaanderen.crt.portal.platform.TransactionMemo memo;

  /** What the coordinator enters: amounts as decimal strings ("12500.00"), dates ISO. */
  public record ShiftInput(
      String from, String to, String amount, String validFrom, String reason, String meeting) {}

  /** The agreement's amounts: PROGRAMME, BCP, ACM_IDM. */
  public Map<String, BigDecimal> agreement() {
    Map<String, BigDecimal> result = new LinkedHashMap<>();
    List<Object[]> rows =
        em.createNativeQuery("SELECT scope, amount FROM budget_envelope").getResultList();
    for (Object[] r : rows) {
      result.put((String) r[0], (BigDecimal) r[1]);
    }
    return result;
  }

  /** Every recorded shift, oldest decision date first (read once per transaction). */
  public List<Envelopes.Shift> shifts() {
    return memo.remember("budget.shifts", this::readShifts);
  }

  private List<Envelopes.Shift> readShifts() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, valid_from, from_scope, to_scope, amount, reason, meeting, created_at,"
                    + " created_by FROM budget_shift ORDER BY valid_from, id")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Envelopes.Shift(
                    ((Number) r[0]).longValue(),
                    ((Date) r[1]).toLocalDate(),
                    (String) r[2],
                    (String) r[3],
                    (BigDecimal) r[4],
                    (String) r[5],
                    (String) r[6],
                    ((Timestamp) r[7]).toInstant(),
                    (String) r[8]))
        .toList();
  }

  /** The history, for the coordinator and the steering committee. */
  public List<Envelopes.Shift> history(UserAccount account) {
    BudgetReports.requireReader(account);
    return shifts();
  }

  public Envelopes.Shift shift(UserAccount account, long id) {
    return history(account).stream()
        .filter(s -> s.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("Budget shift " + id));
  }

  /** Records a decided shift; refused when a line would go below zero on some date. */
  @Transactional
  @RetryOnDeadlock
  public Envelopes.Shift record(UserAccount account, ShiftInput in) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("The coordinator records the steering committee's decisions");
    }
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    String from = line(in.from());
    String to = line(in.to());
    if (from.equals(to)) {
      throw new InvalidInputException("budget.shift.sameLine");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(String.valueOf(in.amount()).strip().replace(",", "."));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("budget.shift.amount");
    }
    if (amount.signum() <= 0
        || amount.scale() > 2
        || amount.compareTo(new BigDecimal("640000")) > 0) {
      throw new InvalidInputException("budget.shift.amount");
    }
    LocalDate validFrom;
    try {
      validFrom = LocalDate.parse(String.valueOf(in.validFrom()).strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("budget.shift.date");
    }
    String reason = text(in.reason(), 1000, "budget.shift.reason");
    String meeting = text(in.meeting(), 200, "budget.shift.meeting");
    // One decision at a time: the check below must see every earlier shift.
    em.createNativeQuery("SELECT scope FROM budget_envelope WHERE scope = 'PROGRAMME' FOR UPDATE")
        .getResultList();
    Instant now = Instant.now();
    Envelopes.Shift candidate =
        new Envelopes.Shift(
            0, validFrom, from, to, amount, reason, meeting, now, account.getUsername());
    String overdrawn = Envelopes.overdrawn(agreement(), shifts(), candidate);
    if (overdrawn != null) {
      throw new InvalidInputException("budget.shift.overdrawn." + overdrawn);
    }
    em.createNativeQuery(
            "INSERT INTO budget_shift (valid_from, from_scope, to_scope, amount, reason, meeting,"
                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, Date.valueOf(validFrom))
        .setParameter(2, from)
        .setParameter(3, to)
        .setParameter(4, amount)
        .setParameter(5, reason)
        .setParameter(6, meeting)
        .setParameter(7, Timestamp.from(now))
        .setParameter(8, account.getUsername())
        .executeUpdate();
    long id =
        ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    audit.record(
        account.getUsername(),
        "BUDGET_SHIFTED",
        "BudgetShift",
        id,
        from + " -> " + to + ", " + amount.toPlainString() + " from " + validFrom);
    return new Envelopes.Shift(
        id, validFrom, from, to, amount, reason, meeting, now, account.getUsername());
  }

  private static String line(String value) {
    String line = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!Envelopes.LINES.contains(line)) {
      throw new InvalidInputException("budget.shift.line");
    }
    return line;
  }

  private static String text(String value, int max, String key) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new InvalidInputException(key);
    }
    return value.strip();
  }
}
