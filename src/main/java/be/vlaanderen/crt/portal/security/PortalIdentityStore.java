package be.vlaanderen.crt.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks a username and password against the accounts in the database (PBKDF2 hashes, see {@link
 * PasswordHasher}); a hash made with fewer iterations than the current setting is replaced at a
 * successful login.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  /**
   * Verified against when the username is unknown, so that a wrong name costs as much time as a
   * wrong password.
   */
  private String decoyHash;

  @PersistenceContext private EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject PasswordUpgrades upgrades;

  @PostConstruct
  void init() {
    decoyHash = hasher.hash("decoy-password-for-timing".toCharArray());
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    UserAccount account =
        em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
            .setParameter("username", credential.getCaller())
            .getResultStream()
            .findFirst()
            .orElse(null);
    char[] password = credential.getPassword().getValue();
    if (account == null
        || !account.isEnabled()
        || account.getPasswordHash() == null
        || account.getPasswordHash().startsWith("!")) {
      hasher.verify(password, decoyHash);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.verify(password, account.getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (hasher.needsRehash(account.getPasswordHash())) {
      upgrades.replace(account.getId(), account.getPasswordHash(), hasher.hash(password));
    }
    return new CredentialValidationResult(account.getUsername(), Set.of(account.getRole().name()));
  }
}
