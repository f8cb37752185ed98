package be.vlaanderen.crt.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Hashes a new password with the same PBKDF2 settings the identity store verifies with. */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash passwordHash;

  public String hash(char[] password) {
    return passwordHash.generate(password);
  }
}
