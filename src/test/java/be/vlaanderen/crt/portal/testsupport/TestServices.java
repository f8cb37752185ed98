package be.vlaanderen.crt.portal.testsupport;

import be.vlaanderen.crt.portal.devenv.LocalDatabase;
import be.vlaanderen.crt.portal.devenv.S3ProxyServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.minio.BucketExistsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real services the integration tests run against, prepared once per test JVM before the first
 * Payara Micro starts: a fresh {@code crt_test} database on the machine's MariaDB, and an S3Proxy
 * process on port 19000 with an empty store. Values match {@code config/test.properties}.
 */
public final class TestServices {

  public static final String DATABASE = "crt_test";
  public static final String BUCKET = "crt-test-documents";
  private static final int S3_PORT = 19000;
  private static final String ACCESS_KEY = "crt-test";
  private static final String SECRET_KEY = "crt-test-secret";

  private static S3ProxyServer s3;
  private static GreenMail mail;

  private TestServices() {}

  /** Idempotent; call it from a static initialiser of each IT class. */
  public static synchronized void start() {
    if (s3 != null) {
      return;
    }
    Path target = Path.of("target");
    new LocalDatabase()
        .start(target.resolve("it-mariadb"))
        .recreateDatabase(DATABASE, "crt_test", "crt-test");
    Path objects = target.resolve("it-objects");
    deleteRecursively(objects);
    // The search index belongs to the database just recreated.
    deleteRecursively(target.resolve("it-index"));
    Path tools = Path.of(System.getProperty("crt.tools.dir", "target/tools"));
    s3 =
        new S3ProxyServer(
                tools.resolve("s3proxy.jar"),
                objects,
                S3_PORT,
                ACCESS_KEY,
                SECRET_KEY,
                target.resolve("it-logs/s3proxy.log"))
            .start();
    mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopObjectStore();
                  mail.stop();
                }));
  }

  public static synchronized void stopObjectStore() {
    if (s3 != null) {
      s3.stop();
    }
  }

  /** Starts the object store again on the same port and data after {@link #stopObjectStore()}. */
  public static synchronized void restartObjectStore() {
    if (!s3.isRunning()) {
      s3.start();
    }
  }

  /**
   * The mails the portal sent so far (GreenMail on 127.0.0.1:3025, as config/test.properties says).
   */
  public static GreenMail mail() {
    return mail;
  }

  public static MinioClient s3Client() {
    return MinioClient.builder()
        .endpoint("http://127.0.0.1:" + S3_PORT)
        .region("us-east-1")
        .credentials(ACCESS_KEY, SECRET_KEY)
        .build();
  }

  /** All object keys in the portal's bucket (empty before the first upload created it). */
  public static Set<String> objectKeys() {
    MinioClient client = s3Client();
    Set<String> keys = new HashSet<>();
    try {
      if (!client.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
        return keys;
      }
      for (Result<Item> item :
          client.listObjects(ListObjectsArgs.builder().bucket(BUCKET).recursive(true).build())) {
        keys.add(item.get().objectName());
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot list the test bucket", e);
    }
    return keys;
  }

  public static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + LocalDatabase.PORT + "/" + DATABASE, "root", "");
  }

  /** A single number from the database, e.g. a count. */
  public static long number(String sql, Object... parameters) {
    try (Connection connection = database();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** A single text from the database, or null when there is no row. */
  public static String string(String sql, Object... parameters) {
    try (Connection connection = database();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? result.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * A municipality of its own, enrolled in the first BCP wave, with one contact person whose
   * password is "demo"; answers the contact's user name. Keeps a test's documents apart from the
   * others'.
   */
  public static String municipalityWithContact(String prefix) {
    String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
    long id = enrolledMunicipality(prefix + "gem " + suffix);
    String user = prefix.toLowerCase(java.util.Locale.ROOT) + "-" + suffix;
    contactUser(user, "Contact " + suffix, id);
    return user;
  }

  /**
   * A contact person of a municipality who logs in as {@code user} with the demo password (the hash
   * is Aalst's), mail address {@code user@example.invalid}.
   */
  public static void contactUser(String user, String displayName, long municipalityId) {
    insert(
        "INSERT INTO user_account (username, display_name, email, password_hash, role, municipality_id)"
            + " SELECT ?, ?, ?, password_hash, 'MUNICIPALITY', ? FROM user_account WHERE username = 'aalst'",
        user,
        displayName,
        user + "@example.invalid",
        municipalityId);
  }

  /** A municipality of its own in Limburg, enrolled in the first BCP wave; answers its id. */
  public static long enrolledMunicipality(String name) {
    long id = insert("INSERT INTO municipality (name, province) VALUES (?, 'LIMBURG')", name);
    insert("INSERT INTO enrollment (wave_id, municipality_id) VALUES (?, ?)", bcpWave(), id);
    return id;
  }

  /** Waits until the condition holds, checking every 200 ms; fails after {@code atMost}. */
  public static void waitUntil(
      java.time.Duration atMost, java.util.function.BooleanSupplier condition, String what) {
    long until = System.nanoTime() + atMost.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("Timed out waiting: " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The first wave of the BCP track. */
  public static long bcpWave() {
    return number(
        "SELECT MIN(w.id) FROM wave w JOIN programme p ON p.id = w.programme_id WHERE p.track = 'BCP'");
  }

  /** The assignment of that wave for a document kind ("BIA", "BCP", …), made when missing. */
  public static long bcpAssignment(String kind) {
    long wave = bcpWave();
    long id =
        number(
            "SELECT COALESCE(MIN(id), 0) FROM assignment WHERE wave_id = ? AND kind = ?",
            wave,
            kind);
    if (id == 0) {
      id =
          insert(
              "INSERT INTO assignment (wave_id, kind, title, deadline) VALUES (?, ?, ?, ?)",
              wave,
              kind,
              kind + " indienen",
              java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().plusDays(30)));
    }
    return id;
  }

  /** Runs a statement as root on the test database. */
  public static void execute(String sql) {
    try (Connection connection = database();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs an insert and returns the generated id. */
  public static long insert(String sql, Object... parameters) {
    try (Connection connection = database();
        PreparedStatement statement =
            connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The portal as built by the package phase, for {@code @Deployment(testable = false)}. */
  public static org.jboss.shrinkwrap.api.spec.WebArchive portalWar() {
    return org.jboss.shrinkwrap.api.ShrinkWrap.create(
            org.jboss.shrinkwrap.api.importer.ZipImporter.class, "ROOT.war")
        .importFrom(new java.io.File(System.getProperty("crt.war", "target/ROOT.war")))
        .as(org.jboss.shrinkwrap.api.spec.WebArchive.class);
  }
}
