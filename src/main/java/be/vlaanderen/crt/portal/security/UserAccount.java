package be.vlaanderen.crt.portal.security;

import be.vlaanderen.crt.portal.organisation.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A person who can log in. A MUNICIPALITY account always belongs to exactly one municipality and
 * other roles never do (checked here and by the database). The password is stored only as a PBKDF2
 * hash.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.byEmail",
    query = "SELECT u FROM UserAccount u WHERE u.email = :email")
@NamedQuery(
    name = "UserAccount.byOidcSubject",
    query =
        "SELECT u FROM UserAccount u LEFT JOIN FETCH u.municipality WHERE u.oidcSubject = :subject")
@NamedQuery(
    name = "UserAccount.byUsername",
    query = "SELECT u FROM UserAccount u WHERE u.username = :username")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @ManyToOne
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(nullable = false)
  private boolean enabled = true;

  /** The ACM/IDM identity (OpenID Connect subject) this account is linked to, or null. */
  @Column(name = "oidc_subject", length = 255)
  private String oidcSubject;

  @Column(name = "oidc_linked_at")
  private java.time.Instant oidcLinkedAt;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Role role,
      Municipality municipality) {
    this.username = Objects.requireNonNull(username, "username");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.email = email;
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.role = Objects.requireNonNull(role, "role");
    if ((role == Role.MUNICIPALITY) != (municipality != null)) {
      throw new IllegalArgumentException("Exactly the MUNICIPALITY role belongs to a municipality");
    }
    this.municipality = municipality;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  /** Replaces the password hash (set-password link, later a password change). */
  public void changePasswordHash(String newHash) {
    this.passwordHash = java.util.Objects.requireNonNull(newHash, "newHash");
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getOidcSubject() {
    return oidcSubject;
  }

  /** Links this account to an ACM/IDM identity (first OpenID Connect login). */
  public void linkOidc(String subject, java.time.Instant at) {
    this.oidcSubject = subject;
    this.oidcLinkedAt = at;
  }
}
