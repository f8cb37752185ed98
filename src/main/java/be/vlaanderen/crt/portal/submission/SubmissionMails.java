package be.vlaanderen.crt.portal.submission;

import be.vlaanderen.crt.portal.notification.Outbox;
import be.vlaanderen.crt.portal.platform.Formats;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PublicUrl;
import be.vlaanderen.crt.portal.programme.Assignment;
import be.vlaanderen.crt.portal.security.Contacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The mail a municipality gets for a received document: the confirmation with the version's
 * fingerprint, in Dutch (the programme's language), through the outbox in the recording
 * transaction.
 */
@ApplicationScoped
public class SubmissionMails {

  @Inject Outbox outbox;

  @Inject Contacts contacts;

  @Inject PublicUrl url;

  @Transactional(Transactional.TxType.MANDATORY)
  public void submissionReceived(DocumentVersion version) {
    var submission = version.getSubmission();
    Assignment assignment = submission.getAssignment();
    String subject =
        Messages.get(
            Messages.DUTCH,
            "mail.received.subject",
            assignment.getTitle(),
            version.getVersionNumber());
    String body =
        Messages.get(
            Messages.DUTCH,
            "mail.received.body",
            submission.getMunicipality().getName(),
            assignment.getTitle(),
            version.getVersionNumber(),
            version.getFileName(),
            new Formats().size(version.getSize()),
            version.getSha256(),
            url.of("submission/assignment.xhtml?assignment=" + assignment.getId()));
    outbox.enqueue(
        "received:" + version.getId(),
        contacts.of(submission.getMunicipality().getId()),
        subject,
        body);
  }
}
