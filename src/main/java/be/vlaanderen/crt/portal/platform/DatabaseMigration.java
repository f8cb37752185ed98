package be.vlaanderen.crt.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the portal's data source and brings the schema up to date with Flyway before anything
 * else runs.
 *
 * <p>Flyway owns the schema: the migrations live in {@code db/migration}. The method runs outside a
 * JTA transaction because the MariaDB data source is XA and Flyway manages its own transactions.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=crt.db.url}",
    user = "${MPCONFIG=crt.db.user}",
    password = "${MPCONFIG=crt.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/crt";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
  }
}
