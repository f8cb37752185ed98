package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.audit.AuditLog;
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
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The profiles and their dated day rates (incl. VAT). */
@ApplicationScoped
public class Profiles {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject BudgetData data;

  /** A rate as listed. */
  public record RateView(LocalDate validFrom, Money dayRate) implements Serializable {}

  /** A profile with its rates, newest first, and the rate valid today. */
  public record ProfileView(
      String code, String name, boolean internal, Money current, List<RateView> rates)
      implements Serializable {}

  public List<ProfileView> profiles(UserAccount account) {
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException("Not for municipalities");
    }
    Rates rates = data.rates();
    List<Object[]> rows =
        em.createNativeQuery("SELECT code, name, internal FROM profile ORDER BY position")
            .getResultList();
    List<ProfileView> views = new ArrayList<>();
    for (Object[] r : rows) {
      String code = (String) r[0];
      List<Object[]> dated =
          em.createNativeQuery(
                  "SELECT valid_from, day_rate FROM profile_rate WHERE profile_code = ? ORDER BY valid_from DESC")
              .setParameter(1, code)
              .getResultList();
      views.add(
          new ProfileView(
              code,
              (String) r[1],
              r[2] instanceof Boolean b ? b : ((Number) r[2]).intValue() == 1,
              rates.has(code, be.vlaanderen.crt.portal.platform.ProgrammeTime.today())
                  ? Money.of(
                      rates.on(code, be.vlaanderen.crt.portal.platform.ProgrammeTime.today()))
                  : null,
              dated.stream()
                  .map(d -> new RateView(((Date) d[0]).toLocalDate(), Money.of((BigDecimal) d[1])))
                  .toList()));
    }
    return views;
  }

  /**
   * A new day rate from a date on (coordinator). It must start after today, so days already worked
   * keep the rate they were worked at.
   */
  @Transactional
  public void addRate(UserAccount account, String code, LocalDate validFrom, BigDecimal dayRate) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Coordinators set rates");
    }
    if (((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM profile WHERE code = ?")
                    .setParameter(1, code)
                    .getSingleResult())
            .intValue()
        == 0) {
      throw new NotVisibleException("Profile " + code);
    }
    if (validFrom == null
        || !validFrom.isAfter(be.vlaanderen.crt.portal.platform.ProgrammeTime.today())) {
      throw new InvalidInputException("rate.future");
    }
    if (dayRate == null
        || dayRate.signum() <= 0
        || dayRate.scale() > 2
        || dayRate.compareTo(new BigDecimal("100000")) >= 0) {
      throw new InvalidInputException("rate.amount");
    }
    int exists =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM profile_rate WHERE profile_code = ? AND valid_from = ?")
                    .setParameter(1, code)
                    .setParameter(2, Date.valueOf(validFrom))
                    .getSingleResult())
            .intValue();
    if (exists > 0) {
      throw new InvalidInputException("rate.exists", validFrom);
    }
    em.createNativeQuery(
            "INSERT INTO profile_rate (profile_code, valid_from, day_rate, created_at, created_by) VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, code)
        .setParameter(2, Date.valueOf(validFrom))
        .setParameter(3, dayRate)
        .setParameter(4, Timestamp.from(Instant.now()))
        .setParameter(5, account.getUsername())
        .executeUpdate();
    audit.record(
        account.getUsername(),
        "RATE_SET",
        "Profile",
        null,
        code + " " + dayRate + " from " + validFrom);
  }
}
