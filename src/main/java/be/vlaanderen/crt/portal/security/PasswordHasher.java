package be.vlaanderen.crt.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and verifies passwords: PBKDF2-HMAC-SHA256 with {@code crt.password.iterations} (600,000
 * by default, OWASP's figure for 2023 onwards), 32-byte salt and key. A hash records its own
 * iterations, so older hashes still verify and are replaced at the next login ({@link
 * #needsRehash}). {@link #UNUSABLE} marks an account without a password yet (it never verifies and
 * costs nothing to write).
 */
@ApplicationScoped
public class PasswordHasher {

  /** The stored value of an account that has not set a password. */
  public static final String UNUSABLE = "!no-password";

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject
  @ConfigProperty(name = "crt.password.iterations", defaultValue = "600000")
  int iterations;

  @PostConstruct
  void configure() {
    passwordHash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(char[] password) {
    return passwordHash.generate(password);
  }

  /** Whether the password matches; false for {@link #UNUSABLE} or a malformed hash. */
  public boolean verify(char[] password, String stored) {
    if (stored == null || stored.startsWith("!")) {
      return false;
    }
    try {
      return passwordHash.verify(password, stored);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Whether a verified hash was made with fewer iterations than the current setting. */
  public boolean needsRehash(String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4) {
      return false;
    }
    try {
      return Integer.parseInt(parts[1]) < iterations || !"PBKDF2WithHmacSHA256".equals(parts[0]);
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
