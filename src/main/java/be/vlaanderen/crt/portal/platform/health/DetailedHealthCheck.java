package be.vlaanderen.crt.portal.platform.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A health check with figures only a coordinator sees. {@code /health/*} answers anyone (load
 * balancers, container orchestration) and so carries names and states only; the figures (lags,
 * errors, counts) are served on {@code /api/admin/health}, behind the coordinator role.
 */
public interface DetailedHealthCheck extends HealthCheck {

  /** The check with its figures. */
  HealthCheckResponse detailed();

  /** The check as the world sees it: its name and state. */
  @Override
  default HealthCheckResponse call() {
    HealthCheckResponse full = detailed();
    return HealthCheckResponse.named(full.getName())
        .status(full.getStatus() == HealthCheckResponse.Status.UP)
        .build();
  }
}
