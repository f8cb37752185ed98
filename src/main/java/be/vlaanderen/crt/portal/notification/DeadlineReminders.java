package be.vlaanderen.crt.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every morning at 7 (Brussels time, the {@value #JOB} job of {@link MailJobs}): reminders for
 * deadlines that come within the configured number of days.
 */
@ApplicationScoped
public class DeadlineReminders {

  public static final String JOB = "deadline-reminders";
  private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

  @Inject Notifications notifications;

  public void daily() {
    int queued =
        notifications.remindDeadlines(be.vlaanderen.crt.portal.platform.ProgrammeTime.now());
    LOG.info(() -> "Deadline reminders queued: " + queued);
  }
}
