package be.vlaanderen.crt.portal.toolkit;

import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import be.vlaanderen.crt.portal.platform.jobs.JobState;
import be.vlaanderen.crt.portal.search.SearchFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The search index in {@code /health/ready}. Down when changes wait and the applier has not moved
 * on for longer than {@code crt.search.stall-seconds} (a stuck or dead indexer), or when it is more
 * than {@value #MAX_LAG} changes behind. Reports the lag, the last change applied, when the indexer
 * last caught up, when its job last ran without an error, and how many documents wait for a retry
 * or are parked (parked documents are listed for the coordinator; they do not make the node
 * unready).
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth
    implements be.vlaanderen.crt.portal.platform.health.DetailedHealthCheck {

  static final long MAX_LAG = 10_000;

  @Inject SearchService search;

  @Inject BackgroundJobs jobs;

  @Inject
  @ConfigProperty(name = "crt.search.stall-seconds", defaultValue = "120")
  long stallSeconds;

  @Override
  public HealthCheckResponse detailed() {
    HealthCheckResponseBuilder health = HealthCheckResponse.named("search-index");
    try {
      long lag = search.lag();
      Instant caughtUp = search.lastCaughtUp();
      boolean stalled =
          lag > 0 && caughtUp.plus(Duration.ofSeconds(stallSeconds)).isBefore(Instant.now());
      SearchFailures.Counts failures = search.failureCounts();
      health
          .status(!stalled && lag <= MAX_LAG)
          .withData("lastApplied", search.lastApplied())
          .withData("lag", lag)
          .withData("lastCaughtUp", caughtUp.toString())
          .withData("retrying", failures.retrying())
          .withData("failed", failures.parked());
      if (stalled) {
        health.withData("stalledFor", Duration.between(caughtUp, Instant.now()).toSeconds() + " s");
      }
      jobs.state(SearchService.JOB).ifPresent(job -> describe(health, job));
      return health.build();
    } catch (RuntimeException e) {
      return health.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }

  static void describe(HealthCheckResponseBuilder health, JobState job) {
    if (job.lastSuccess() != null) {
      health.withData("lastSuccess", job.lastSuccess().toString());
    }
    if (job.consecutiveFailures() > 0) {
      health.withData("consecutiveFailures", job.consecutiveFailures());
      health.withData("lastError", String.valueOf(job.lastError()));
    }
  }
}
