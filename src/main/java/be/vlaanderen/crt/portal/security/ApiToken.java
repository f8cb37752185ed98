package be.vlaanderen.crt.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A personal API token: its owner, name, the SHA-256 of the token, and when it stops working. */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", updatable = false)
  private UserAccount user;

  @Column(nullable = false, length = 80)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
  private String tokenHash;

  @Column(nullable = false, length = 12, updatable = false)
  private String prefix;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(
      UserAccount user,
      String name,
      String tokenHash,
      String prefix,
      Instant createdAt,
      Instant expiresAt) {
    this.user = Objects.requireNonNull(user, "user");
    this.name = Objects.requireNonNull(name, "name");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether the token lets its owner in at {@code now}. */
  boolean isValidAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt) && user.isEnabled();
  }

  void usedAt(Instant now) {
    lastUsedAt = now;
  }

  void revokeAt(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public UserAccount getUser() {
    return user;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
