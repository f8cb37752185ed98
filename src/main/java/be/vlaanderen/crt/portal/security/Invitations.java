package be.vlaanderen.crt.portal.security;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.notification.Outbox;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invites a new account by e-mail with a link to set its own password (never a password in a mail),
 * and sets that password when the link is used.
 */
@ApplicationScoped
public class Invitations {

  static final Duration VALIDITY = Duration.ofDays(14);
  public static final int MIN_PASSWORD = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  @Inject Outbox outbox;

  @Inject PasswordHasher hasher;

  @Inject AuditLog audit;

  @Inject VerifiedCredentials verified;

  @Inject
  @ConfigProperty(name = "crt.portal.url", defaultValue = "http://localhost:8080/")
  String portalUrl;

  /** A password nobody knows, for an account that has not set its own yet. */
  public String unusablePasswordHash() {
    return PasswordHasher.UNUSABLE;
  }

  /** Creates the link and queues the invitation mail, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void invite(UserAccount account, String municipality) {
    String token = token();
    Instant now = Instant.now();
    Invitation invitation = new Invitation(account, sha256(token), now, now.plus(VALIDITY));
    em.persist(invitation);
    em.flush();
    String base = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
    String link = base + "account/set-password.xhtml?token=" + token;
    outbox.enqueue(
        "invitation:" + invitation.getId(),
        List.of(account.getEmail()),
        Messages.get(Messages.DUTCH, "mail.invitation.subject"),
        Messages.get(
            Messages.DUTCH,
            "mail.invitation.body",
            account.getDisplayName(),
            municipality,
            account.getUsername(),
            link,
            VALIDITY.toDays()));
  }

  /**
   * Sets the password of the invited account.
   *
   * @throws InvalidInputException unknown, used or expired link; password too short or not repeated
   */
  @Transactional
  public String setPassword(String token, String password, String repeated) {
    Invitation invitation =
        token == null || token.isBlank()
            ? null
            : em.createNamedQuery("Invitation.byTokenHash", Invitation.class)
                .setParameter("hash", sha256(token.strip()))
                .getResultStream()
                .findFirst()
                .orElse(null);
    Instant now = Instant.now();
    if (invitation == null || !invitation.usableAt(now)) {
      throw new InvalidInputException("password.invalid.link");
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new InvalidInputException("password.invalid.short", MIN_PASSWORD);
    }
    if (repeated != null && !password.equals(repeated)) {
      throw new InvalidInputException("password.invalid.repeat");
    }
    UserAccount account = invitation.getUser();
    account.changePasswordHash(hasher.hash(password.toCharArray()));
    verified.forget(account.getUsername());
    invitation.use(now);
    audit.recordFor(
        account.getMunicipality() == null ? null : account.getMunicipality().getId(),
        account.getUsername(),
        "PASSWORD_SET",
        "UserAccount",
        account.getId(),
        "via invitation");
    return account.getUsername();
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
