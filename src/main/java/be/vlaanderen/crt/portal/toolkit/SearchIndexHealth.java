package be.vlaanderen.crt.portal.toolkit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The search index in {@code /health/ready}: the last change applied and the lag (changes logged
 * but not yet searchable). Down when the indexer has fallen more than {@value #MAX_LAG} changes
 * behind.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {

  static final long MAX_LAG = 10_000;

  @Inject SearchService search;

  @Override
  public HealthCheckResponse call() {
    long lag = search.lag();
    return HealthCheckResponse.named("search-index")
        .status(lag <= MAX_LAG)
        .withData("lastApplied", search.lastApplied())
        .withData("lag", lag)
        .build();
  }
}
