package be.vlaanderen.crt.portal.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/** Every morning at 7: reminders for deadlines that come within the configured number of days. */
@Singleton
public class DeadlineReminders {

  private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

  @Inject Notifications notifications;

  @Schedule(hour = "7", minute = "0", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void daily() {
    int queued = notifications.remindDeadlines(LocalDateTime.now());
    LOG.info(() -> "Deadline reminders queued: " + queued);
  }
}
