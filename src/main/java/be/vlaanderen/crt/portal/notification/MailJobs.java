package be.vlaanderen.crt.portal.notification;

import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers the outbox's drain at start-up. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MailJobs {

  @Inject BackgroundJobs jobs;

  @Inject MailSender sender;

  /** How often the outbox is drained (a mail waits at most this long after its commit). */
  @Inject
  @ConfigProperty(name = "crt.mail.outbox-interval-ms", defaultValue = "10000")
  long intervalMillis;

  @PostConstruct
  void register() {
    Duration interval = Duration.ofMillis(Math.max(100, intervalMillis));
    jobs.every(
        MailSender.JOB,
        interval.compareTo(Duration.ofSeconds(5)) < 0 ? interval : Duration.ofSeconds(5),
        interval,
        sender::sendPending);
  }
}
