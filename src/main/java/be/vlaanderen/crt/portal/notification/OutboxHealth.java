package be.vlaanderen.crt.portal.notification;

import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import be.vlaanderen.crt.portal.platform.jobs.JobState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The mail outbox in {@code /health/ready}: down when mails wait and this node's drain has not run
 * without an error for longer than {@code crt.mail.stall-seconds}; reports the waiting and parked
 * mails, the oldest waiting one and the drain's last success.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements be.vlaanderen.crt.portal.platform.health.DetailedHealthCheck {

  @Inject Outbox outbox;

  @Inject BackgroundJobs jobs;

  @Inject
  @ConfigProperty(name = "crt.mail.stall-seconds", defaultValue = "300")
  long stallSeconds;

  @Inject
  @ConfigProperty(name = "crt.mail.enabled", defaultValue = "false")
  boolean mailEnabled;

  @Override
  public HealthCheckResponse detailed() {
    HealthCheckResponseBuilder health = HealthCheckResponse.named("mail-outbox");
    try {
      Outbox.Counts counts = outbox.counts();
      health
          .withData("sending", mailEnabled)
          .withData("pending", counts.pending())
          .withData("failed", counts.failed());
      if (counts.oldestPending() != null) {
        health.withData("oldestPending", counts.oldestPending().toString());
      }
      boolean stalled = false;
      JobState job = jobs.state(MailSender.JOB).orElse(null);
      if (job != null) {
        if (job.lastSuccess() != null) {
          health.withData("lastSuccess", job.lastSuccess().toString());
        }
        if (job.consecutiveFailures() > 0) {
          health.withData("consecutiveFailures", job.consecutiveFailures());
          health.withData("lastError", String.valueOf(job.lastError()));
        }
        stalled =
            counts.pending() > 0
                && job.lastProgress()
                    .plus(Duration.ofSeconds(stallSeconds))
                    .isBefore(Instant.now());
      }
      return health.status(!stalled).build();
    } catch (RuntimeException e) {
      return health.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
