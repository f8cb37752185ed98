package be.vlaanderen.crt.portal.platform.http;

import be.vlaanderen.crt.portal.platform.health.DetailedHealthCheck;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The web tier's figures for the coordinator: sessions (people logged in on this node), requests
 * without a login in progress and those refused for too many at once from one address. Always up:
 * the figures explain a slow portal, they do not take a node out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class HttpHealth implements DetailedHealthCheck {

  @Override
  public HealthCheckResponse detailed() {
    return HealthCheckResponse.named("http")
        .up()
        .withData("activeSessions", HttpSessions.active())
        .withData("sessionsCreated", HttpSessions.createdSinceStart())
        .withData("anonymousInProgress", AnonymousRequestLimit.anonymousInProgress())
        .withData("anonymousRefused", AnonymousRequestLimit.refusedSinceStart())
        .build();
  }
}
