package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.platform.health.DetailedHealthCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The carry-over of remarks in {@code /health/ready}: the versions waiting on this node and those
 * given up. Always up: until a version's anchors are stored its readers place the remarks
 * themselves, so a carry-over that is behind makes pages slower, never wrong.
 */
@Readiness
@ApplicationScoped
public class CarryOverHealth implements DetailedHealthCheck {

  @Inject CarryOver carryOver;

  @Override
  public HealthCheckResponse detailed() {
    return HealthCheckResponse.named("carry-over")
        .up()
        .withData("waiting", carryOver.waiting())
        .withData("parked", carryOver.parked())
        .build();
  }
}
