package be.vlaanderen.crt.portal.notification;

import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;

/** Registers the outbox's drain at start-up. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MailJobs {

  @Inject BackgroundJobs jobs;

  @Inject MailSender sender;

  @PostConstruct
  void register() {
    jobs.every(MailSender.JOB, Duration.ofSeconds(5), Duration.ofSeconds(10), sender::sendPending);
  }
}
