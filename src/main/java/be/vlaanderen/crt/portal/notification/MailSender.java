package be.vlaanderen.crt.portal.notification;

import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what is in the outbox. Every node runs this every 10 seconds (the {@value #JOB} job of
 * {@link MailJobs}); each claims a batch with {@code FOR UPDATE SKIP LOCKED}, so no mail is sent by
 * two nodes. A failed mail is retried with a growing delay, at most {@value Outbox#MAX_ATTEMPTS}
 * times, then parked with its error for the coordinator, who can send it again.
 */
@Singleton
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int BATCH = 20;
  private static final int MAX_ATTEMPTS = Outbox.MAX_ATTEMPTS;
  public static final String JOB = "mail-outbox";

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "crt.mail.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "crt.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "crt.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "crt.mail.from", defaultValue = "crt-portaal@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "crt.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "crt.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "crt.mail.starttls", defaultValue = "false")
  boolean starttls;

  /** Sends one batch of due mails; a mail that fails is retried later, the others go out. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void sendPending() {
    if (!enabled) {
      return;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> claimed =
        em.createNativeQuery(
                "SELECT id, recipient, subject, body, attempts FROM mail_outbox WHERE sent_at IS NULL AND attempts < "
                    + MAX_ATTEMPTS
                    + " AND (next_attempt_at IS NULL OR next_attempt_at <= NOW(3)) ORDER BY id LIMIT "
                    + BATCH
                    + " FOR UPDATE SKIP LOCKED")
            .getResultList();
    if (claimed.isEmpty()) {
      return;
    }
    Session session = session();
    for (Object[] row : claimed) {
      long id = ((Number) row[0]).longValue();
      int attempts = ((Number) row[4]).intValue() + 1;
      try {
        send(session, (String) row[1], (String) row[2], (String) row[3]);
        em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?, attempts = ? WHERE id = ?")
            .setParameter(1, Timestamp.from(Instant.now()))
            .setParameter(2, attempts)
            .setParameter(3, id)
            .executeUpdate();
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.WARNING, "Mail " + id + " not sent (attempt " + attempts + ")", e);
        em.createNativeQuery(
                "UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
            .setParameter(1, attempts)
            .setParameter(
                2, Timestamp.from(Instant.now().plus(Duration.ofMinutes(attempts * attempts))))
            .setParameter(
                3,
                String.valueOf(e.getMessage())
                    .substring(0, Math.min(1000, String.valueOf(e.getMessage()).length())))
            .setParameter(4, id)
            .executeUpdate();
      }
    }
  }

  private void send(Session session, String recipient, String subject, String body)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    if (username.isPresent()) {
      Transport.send(message, username.get(), password.orElse(""));
    } else {
      Transport.send(message);
    }
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    return Session.getInstance(properties);
  }
}
