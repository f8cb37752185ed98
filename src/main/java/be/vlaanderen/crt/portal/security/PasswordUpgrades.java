package be.vlaanderen.crt.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Replaces an account's password hash by a stronger one of the same password, at login. */
@ApplicationScoped
public class PasswordUpgrades {

  @PersistenceContext private EntityManager em;

  /** Only when the hash is still {@code old}: a password changed meanwhile is left alone. */
  @Transactional
  public void replace(long accountId, String old, String stronger) {
    em.createQuery(
            "UPDATE UserAccount a SET a.passwordHash = :h WHERE a.id = :id AND a.passwordHash = :old")
        .setParameter("h", stronger)
        .setParameter("id", accountId)
        .setParameter("old", old)
        .executeUpdate();
  }
}
