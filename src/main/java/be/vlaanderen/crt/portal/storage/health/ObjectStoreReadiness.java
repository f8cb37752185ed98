package be.vlaanderen.crt.portal.storage.health;

import be.vlaanderen.crt.portal.platform.health.DetailedHealthCheck;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the object store answers. */
@Readiness
@ApplicationScoped
public class ObjectStoreReadiness implements DetailedHealthCheck {

  @Inject ObjectStore store;

  @Override
  public HealthCheckResponse detailed() {
    return HealthCheckResponse.named("object-store").status(store.isReachable()).build();
  }
}
