package be.vlaanderen.crt.portal.testsupport;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The test run's mailbox (GreenMail, filled by the portal's outbox every {@code
 * crt.mail.outbox-interval-ms}): waiting for a mail and reading it, shared by every IT class.
 */
public final class Mailbox {

  /** Long enough for a busy machine; the outbox sends every half second in the tests. */
  private static final Duration PATIENCE = Duration.ofSeconds(40);

  private Mailbox() {}

  /** The first mail that matches, waiting for it; fails with {@code what} when none comes. */
  public static MimeMessage await(Predicate<MimeMessage> wanted, String what) {
    long until = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      Optional<MimeMessage> found = find(wanted);
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("No mail " + what + " within " + PATIENCE.toSeconds() + " s");
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for a mail " + what);
      }
    }
  }

  /** A mail to {@code recipient} whose subject or body mentions {@code text}. */
  public static MimeMessage await(String recipient, String text) {
    return await(
        m -> recipients(m).contains(recipient) && (subject(m) + body(m)).contains(text),
        "to " + recipient + " mentioning " + text);
  }

  /** A mail that has arrived already, without waiting. */
  public static Optional<MimeMessage> find(Predicate<MimeMessage> wanted) {
    return Arrays.stream(TestServices.mail().getReceivedMessages()).filter(wanted).findFirst();
  }

  /** Every mail that has arrived so far. */
  public static MimeMessage[] all() {
    return TestServices.mail().getReceivedMessages();
  }

  /** "[a@example.invalid, b@example.invalid]". */
  public static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded text of a plain-text mail (quoted-printable undone). */
  public static String body(MimeMessage message) {
    try {
      Object content = message.getContent();
      return content instanceof String text
          ? text
          : com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
