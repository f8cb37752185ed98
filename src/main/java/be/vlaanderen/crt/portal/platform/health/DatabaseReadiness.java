package be.vlaanderen.crt.portal.platform.health;

import be.vlaanderen.crt.portal.platform.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements DetailedHealthCheck {

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse detailed() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
    } catch (Exception e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
