package be.vlaanderen.crt.portal.security.oidc;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who a provider identity is in the portal. The account is found by the provider's subject, or on
 * the first login by the verified e-mail address the coordinator invited (the account is then
 * linked to the subject). The portal never grants a role the provider did not give: the account's
 * role must be among the roles in the provider's claims, and a municipality's contact person must
 * come with that municipality's official code.
 */
@ApplicationScoped
public class OidcLogins {

  private static final Logger LOG = Logger.getLogger(OidcLogins.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject OidcSettings settings;

  @Inject AuditLog audit;

  /** Why an identity is not let in; each has its own text on the "no access" page. */
  public enum Refusal {
    /** The provider gave no role for the portal. */
    NO_ROLE,
    /** No account is linked to or invited with this identity. */
    UNKNOWN,
    /** The account's role is not among the roles the provider gave. */
    ROLE_NOT_GIVEN,
    /** The organisation code does not match the account's municipality. */
    ORGANISATION,
    /** The account is switched off. */
    DISABLED,
    /** The login itself failed (provider error, forged or replayed answer). */
    FAILED
  }

  /** Let in as {@code username} with {@code groups}, or refused. */
  public record Outcome(String username, Set<String> groups, Refusal refusal) {
    static Outcome refused(Refusal refusal) {
      return new Outcome(null, Set.of(), refusal);
    }

    public boolean admitted() {
      return refusal == null;
    }
  }

  @Transactional
  public Outcome admit(String subject, Map<String, Object> claims) {
    Map<Role, Set<String>> given = roles(claims);
    if (given.isEmpty()) {
      LOG.info(() -> "OIDC login refused: no portal role in the claims of " + subject);
      return Outcome.refused(Refusal.NO_ROLE);
    }
    UserAccount account = linked(subject).or(() -> invited(claims)).orElse(null);
    if (account == null) {
      return Outcome.refused(Refusal.UNKNOWN);
    }
    if (!account.isEnabled()) {
      return Outcome.refused(Refusal.DISABLED);
    }
    Set<String> organisations = given.get(account.getRole());
    if (organisations == null) {
      audit.record(
          account.getUsername(),
          "OIDC_REFUSED",
          "UserAccount",
          account.getId(),
          "role " + account.getRole() + " not given by the provider");
      return Outcome.refused(Refusal.ROLE_NOT_GIVEN);
    }
    if (account.getRole() == Role.MUNICIPALITY) {
      String code =
          account.getMunicipality() == null ? null : account.getMunicipality().getNisCode();
      if (code == null || !organisations.contains(code)) {
        audit.record(
            account.getUsername(),
            "OIDC_REFUSED",
            "UserAccount",
            account.getId(),
            "organisation " + organisations + " is not the municipality's code " + code);
        return Outcome.refused(Refusal.ORGANISATION);
      }
    }
    if (account.getOidcSubject() == null) {
      // Linked only once the identity is let in: a refused try changes nothing.
      account.linkOidc(subject, Instant.now());
      audit.record(
          account.getUsername(),
          "OIDC_LINKED",
          "UserAccount",
          account.getId(),
          "ACM/IDM " + subject);
      LOG.info(() -> "Account " + account.getUsername() + " linked to ACM/IDM identity " + subject);
    }
    return new Outcome(account.getUsername(), Set.of(account.getRole().name()), null);
  }

  private Optional<UserAccount> linked(String subject) {
    return em.createNamedQuery("UserAccount.byOidcSubject", UserAccount.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  /** The first login: the account the coordinator invited with this (verified) e-mail address. */
  private Optional<UserAccount> invited(Map<String, Object> claims) {
    Object email = claims.get("email");
    if (!(email instanceof String address)
        || address.isBlank()
        || !Boolean.TRUE.equals(verified(claims.get("email_verified")))) {
      return Optional.empty();
    }
    List<UserAccount> accounts =
        em.createQuery(
                "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email AND u.oidcSubject IS NULL",
                UserAccount.class)
            .setParameter("email", address.strip().toLowerCase(Locale.ROOT))
            .getResultList();
    if (accounts.size() != 1) {
      // None, or an address shared by two accounts: the coordinator must decide.
      return Optional.empty();
    }
    return Optional.of(accounts.get(0));
  }

  private static Boolean verified(Object value) {
    return value instanceof Boolean b ? b : value instanceof String s ? Boolean.valueOf(s) : null;
  }

  /**
   * The portal roles in the claims, each with the organisation codes it was given for (from a
   * "role:code" value, else from the organisation claim).
   */
  Map<Role, Set<String>> roles(Map<String, Object> claims) {
    Map<String, Role> names = settings.roleMap();
    Set<String> organisations = new HashSet<>(values(claims.get(settings.organisationClaim())));
    Map<Role, Set<String>> roles = new EnumMap<>(Role.class);
    for (String value : values(claims.get(settings.roleClaim()))) {
      int colon = value.indexOf(':');
      String name = colon < 0 ? value : value.substring(0, colon);
      Role role = names.get(name.strip());
      if (role == null) {
        continue;
      }
      Set<String> codes = roles.computeIfAbsent(role, r -> new HashSet<>());
      if (colon >= 0) {
        codes.add(value.substring(colon + 1).strip());
      } else {
        codes.addAll(organisations);
      }
    }
    return roles;
  }

  private static List<String> values(Object claim) {
    if (claim instanceof String s) {
      return List.of(s);
    }
    if (claim instanceof Collection<?> c) {
      return c.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }
}
