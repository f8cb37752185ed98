package be.vlaanderen.crt.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Set;

/** Checks a username and password against the accounts in the database (PBKDF2 hashes). */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  /**
   * Verified against when the username is unknown, so that a wrong name costs as much time as a
   * wrong password.
   */
  private String decoyHash;

  @PersistenceContext private EntityManager em;

  @Inject Pbkdf2PasswordHash passwordHash;

  @PostConstruct
  void init() {
    decoyHash = passwordHash.generate("decoy-password-for-timing".toCharArray());
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    UserAccount account =
        em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
            .setParameter("username", credential.getCaller())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (account == null || !account.isEnabled()) {
      passwordHash.verify(credential.getPassword().getValue(), decoyHash);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!passwordHash.verify(credential.getPassword().getValue(), account.getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(account.getUsername(), Set.of(account.getRole().name()));
  }
}
