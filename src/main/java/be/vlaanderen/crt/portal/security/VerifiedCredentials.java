package be.vlaanderen.crt.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a few minutes, that a username and password were verified, so an API client that
 * sends HTTP Basic on every call does not pay (and make the server pay) a slow password hash per
 * request. Passwords are never kept: the key is an HMAC of name and password under a random key of
 * this process. Forgotten when the password changes on this node; elsewhere at the latest after the
 * time to live ({@code crt.login.cache-seconds}, 300).
 */
@ApplicationScoped
public class VerifiedCredentials {

  private static final int MAX_ENTRIES = 10_000;

  private final byte[] key = new byte[32];
  private final Map<String, Entry> verified = new ConcurrentHashMap<>();

  @Inject
  @ConfigProperty(name = "crt.login.cache-seconds", defaultValue = "300")
  long ttlSeconds;

  /** Who was verified, and until when that counts. */
  private record Entry(String username, String caller, Set<String> groups, Instant until) {}

  /** What a verification gave: the caller's name and groups. */
  public record Caller(String name, Set<String> groups) {}

  public VerifiedCredentials() {
    new SecureRandom().nextBytes(key);
  }

  public Optional<Caller> find(String username, String password) {
    String id = id(username, password);
    Entry entry = verified.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.until().isBefore(Instant.now())) {
      verified.remove(id);
      return Optional.empty();
    }
    return Optional.of(new Caller(entry.caller(), entry.groups()));
  }

  public void remember(String username, String password, String caller, Set<String> groups) {
    if (verified.size() >= MAX_ENTRIES) {
      Instant now = Instant.now();
      verified.values().removeIf(e -> e.until().isBefore(now));
      if (verified.size() >= MAX_ENTRIES) {
        verified.clear();
      }
    }
    verified.put(
        id(username, password),
        new Entry(
            username,
            caller,
            Set.copyOf(groups),
            Instant.now().plus(Duration.ofSeconds(ttlSeconds))));
  }

  /** Forgets every remembered verification of this account (its password changed). */
  public void forget(String username) {
    verified.values().removeIf(e -> e.username().equalsIgnoreCase(username));
  }

  private String id(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
