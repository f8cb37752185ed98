package be.vlaanderen.crt.portal.pilot;

import be.vlaanderen.crt.portal.notification.Outbox;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PublicUrl;
import be.vlaanderen.crt.portal.security.Contacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The pilot's mails: the outcome of the selection to each applicant. */
@ApplicationScoped
public class PilotMails {

  @Inject Outbox outbox;

  @Inject Contacts contacts;

  @Inject PublicUrl url;

  /**
   * Tells an applicant's contact persons the outcome of the pilot selection, in the transaction
   * that confirms it. Sent again only when the outcome or the group changes on a later
   * confirmation.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void pilotDecision(
      long municipalityId, String municipality, boolean selected, String group, String reason) {
    String subject =
        Messages.get(
            Messages.DUTCH,
            selected ? "mail.pilotSelected.subject" : "mail.pilotNotSelected.subject");
    String body =
        selected
            ? Messages.get(
                Messages.DUTCH,
                "mail.pilotSelected.body",
                municipality,
                group,
                url.of("pilot/index.xhtml"))
            : Messages.get(Messages.DUTCH, "mail.pilotNotSelected.body", municipality, reason);
    String key = "pilot-decision:" + municipalityId + ":" + (selected ? "in:" + group : "out");
    outbox.enqueue(
        key.length() > 200 ? key.substring(0, 200) : key,
        contacts.of(municipalityId),
        subject,
        body);
  }
}
