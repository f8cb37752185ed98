package be.vlaanderen.crt.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link to set a password. Only the SHA-256 of the token is stored; the token itself
 * exists only in the e-mail. Used once, valid for a limited time.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = "Invitation.byTokenHash",
    query = "SELECT i FROM Invitation i WHERE i.tokenHash = :hash")
public class Invitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", updatable = false)
  private UserAccount user;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected Invitation() {}

  public Invitation(UserAccount user, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.user = Objects.requireNonNull(user, "user");
    this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    if (!usableAt(now)) {
      throw new IllegalStateException("An invitation is used once, before it expires");
    }
    this.usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getUser() {
    return user;
  }
}
