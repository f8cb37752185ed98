package be.vlaanderen.crt.portal.notification;

import be.vlaanderen.crt.portal.platform.Formats;
import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;

/** Registers the mail jobs at start-up: the outbox drain and the daily deadline reminders. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MailJobs {

  @Inject BackgroundJobs jobs;

  @Inject MailSender sender;

  @Inject DeadlineReminders reminders;

  @PostConstruct
  void register() {
    jobs.every(MailSender.JOB, Duration.ofSeconds(5), Duration.ofSeconds(10), sender::sendPending);
    jobs.daily(DeadlineReminders.JOB, LocalTime.of(7, 0), Formats.BRUSSELS, reminders::daily);
  }
}
