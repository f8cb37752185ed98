package be.vlaanderen.crt.portal.programme;

import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every morning at 7 (Brussels time, the {@value #JOB} background job): reminders for deadlines
 * that come within the configured number of days. Registered at start-up, after the migration.
 */
@jakarta.ejb.Singleton
@jakarta.ejb.Startup
@jakarta.ejb.DependsOn("DatabaseMigration")
public class DeadlineReminders {

  public static final String JOB = "deadline-reminders";
  private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

  @Inject ProgrammeMails mails;

  @Inject be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs jobs;

  @jakarta.annotation.PostConstruct
  void register() {
    jobs.daily(
        JOB,
        java.time.LocalTime.of(7, 0),
        be.vlaanderen.crt.portal.platform.Formats.BRUSSELS,
        this::daily);
  }

  public void daily() {
    int queued = mails.remindDeadlines(be.vlaanderen.crt.portal.platform.ProgrammeTime.now());
    LOG.info(() -> "Deadline reminders queued: " + queued);
  }
}
