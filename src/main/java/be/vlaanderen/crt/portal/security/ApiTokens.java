package be.vlaanderen.crt.portal.security;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.RetryOnDeadlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens, the recommended way to call the API: the owner creates one on a page, sees
 * it once, and revokes it there. A token is "crt_" and 256 random bits; only its SHA-256 is kept,
 * so it is looked up by index on every call, without the deliberately slow password hash that HTTP
 * Basic pays.
 */
@ApplicationScoped
@RetryOnDeadlock
public class ApiTokens {

  public static final String PREFIX = "crt_";

  /** "crt_" and 43 base64url characters (32 bytes without padding). */
  static final int LENGTH = PREFIX.length() + 43;

  /** Active tokens per person. */
  public static final int MAX_ACTIVE = 10;

  /** The lifetimes offered, in days. */
  public static final List<Integer> LIFETIMES = List.of(30, 90, 365);

  /** When a token was last used is written at most this often (not on every call). */
  static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(5);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  /** A token as its owner sees it (never the token itself). */
  public record TokenView(
      long id,
      String name,
      String prefix,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      boolean expired)
      implements Serializable {}

  /** A new token: shown once, to its owner, right after it was made. */
  public record Created(TokenView token, String secret) implements Serializable {}

  /** Who a valid token belongs to: the name and groups the container is told. */
  public record Caller(String name, Set<String> groups) {}

  /** Makes a token for the account, named and valid for {@code days} days. */
  @Transactional
  public Created create(UserAccount account, String name, int days) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()
        || trimmed.length() > 80
        || trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException("tokens.invalid.name");
    }
    if (!LIFETIMES.contains(days)) {
      throw new InvalidInputException("tokens.invalid.lifetime");
    }
    Instant now = Instant.now();
    long active =
        em.createQuery(
                "SELECT COUNT(t) FROM ApiToken t WHERE t.user.id = :u AND t.revokedAt IS NULL"
                    + " AND t.expiresAt > :now",
                Long.class)
            .setParameter("u", account.getId())
            .setParameter("now", now)
            .getSingleResult();
    if (active >= MAX_ACTIVE) {
      throw new InvalidInputException("tokens.invalid.tooMany", MAX_ACTIVE);
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    ApiToken token =
        new ApiToken(
            em.getReference(UserAccount.class, account.getId()),
            trimmed,
            hash(secret),
            secret.substring(0, 12),
            now,
            now.plus(Duration.ofDays(days)));
    em.persist(token);
    em.flush();
    audit.record(account.getUsername(), "API_TOKEN_CREATED", "ApiToken", token.getId(), trimmed);
    return new Created(view(token, now), secret);
  }

  /** The account's tokens that are not revoked, newest first (expired ones marked). */
  @Transactional
  public List<TokenView> mine(UserAccount account) {
    Instant now = Instant.now();
    return em
        .createQuery(
            "SELECT t FROM ApiToken t WHERE t.user.id = :u AND t.revokedAt IS NULL"
                + " ORDER BY t.createdAt DESC, t.id DESC",
            ApiToken.class)
        .setParameter("u", account.getId())
        .getResultList()
        .stream()
        .map(t -> view(t, now))
        .toList();
  }

  /** Revokes one of the account's own tokens; it stops working at once. */
  @Transactional
  public TokenView revoke(UserAccount account, long tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null
        || !token.getUser().getId().equals(account.getId())
        || token.getRevokedAt() != null) {
      throw new NotVisibleException("API token " + tokenId);
    }
    Instant now = Instant.now();
    token.revokeAt(now);
    audit.record(
        account.getUsername(), "API_TOKEN_REVOKED", "ApiToken", token.getId(), token.getName());
    return view(token, now);
  }

  /** The caller of a valid token (not revoked, not expired, its owner enabled), else empty. */
  @Transactional
  public Optional<Caller> authenticate(String secret) {
    if (secret == null || secret.length() != LENGTH || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    return em.createQuery(
            "SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.tokenHash = :h", ApiToken.class)
        .setParameter("h", hash(secret))
        .getResultStream()
        .filter(t -> t.isValidAt(now))
        .findFirst()
        .map(
            t -> {
              if (t.getLastUsedAt() == null
                  || t.getLastUsedAt().plus(LAST_USE_GRANULARITY).isBefore(now)) {
                t.usedAt(now);
              }
              UserAccount user = t.getUser();
              return new Caller(user.getUsername(), Set.of(user.getRole().name()));
            });
  }

  private static TokenView view(ApiToken t, Instant now) {
    return new TokenView(
        t.getId(),
        t.getName(),
        t.getPrefix(),
        t.getCreatedAt(),
        t.getExpiresAt(),
        t.getLastUsedAt(),
        !now.isBefore(t.getExpiresAt()));
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
