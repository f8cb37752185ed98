package be.vlaanderen.crt.portal.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.devenv.LocalDatabase;
import be.vlaanderen.crt.portal.devenv.PayaraMicroServer;
import be.vlaanderen.crt.portal.devenv.S3ProxyServer;
import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore drill of docs/operations.md, end to end: while a municipality keeps
 * uploading, the database is dumped first and the objects copied second (the order that never
 * yields rows without objects); both are restored onto an empty database and an empty object store;
 * a second portal starts on them; every version in the restored database is downloaded through it
 * and its SHA-256 compared with the row.
 */
class BackupRestoreIT extends PortalIT {

  private static final String RESTORED_DB = "crt_restore";
  private static final String RESTORED_BUCKET = "crt-restore-documents";
  private static final int RESTORED_S3_PORT = 19001;
  private static final int RESTORED_HTTP_PORT = 18080;

  @Test
  void aBackupTakenUnderUploadsRestoresOntoEmptyStoresWithEveryVersionIntact() throws Exception {
    ApiClient api = new ApiClient(base);
    long assignment =
        ApiClient.array(api.get("aalst", "api/assignments")).stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("kind").equals("BCP"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("assignmentId")
            .longValue();
    Path drill = Path.of("target/drill");
    deleteRecursively(drill);
    Files.createDirectories(drill);

    // Light upload load during the whole backup.
    AtomicBoolean loading = new AtomicBoolean(true);
    AtomicInteger acknowledged = new AtomicInteger();
    Thread load =
        new Thread(
            () -> {
              while (loading.get()) {
                HttpResponse<String> r =
                    api.upload(
                        "aalst",
                        assignment,
                        "bcp.pdf",
                        SampleFiles.pdf("Plan tijdens de back-up " + UUID.randomUUID()));
                if (r.statusCode() == 201) {
                  acknowledged.incrementAndGet();
                }
              }
            });
    load.start();
    Thread.sleep(1500);

    // 1. The database first, as one consistent snapshot.
    long started = System.nanoTime();
    Path dump = drill.resolve("crt.sql");
    Process dumping =
        new ProcessBuilder(
                "mariadb-dump",
                "--single-transaction",
                "--quick",
                "--routines",
                "--triggers",
                "--protocol=tcp",
                "-h127.0.0.1",
                "-uroot",
                TestServices.DATABASE)
            .redirectOutput(dump.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    assertEquals(0, dumping.waitFor(), "mariadb-dump succeeded");
    double dumpSeconds = (System.nanoTime() - started) / 1e9;

    // 2. Then the objects: a copy of the bucket (mc mirror in production).
    S3ProxyServer restoredS3 =
        new S3ProxyServer(
            Path.of(System.getProperty("crt.tools.dir", "target/tools")).resolve("s3proxy.jar"),
            drill.resolve("objects"),
            RESTORED_S3_PORT,
            "crt-test",
            "crt-test-secret",
            drill.resolve("s3proxy.log"));
    restoredS3.start();
    PayaraMicroServer restored = null;
    try {
      started = System.nanoTime();
      int copied = mirror(TestServices.s3Client(), client(RESTORED_S3_PORT));
      double copySeconds = (System.nanoTime() - started) / 1e9;
      loading.set(false);
      load.join();

      // 3. Restore onto an empty database with its own user.
      new LocalDatabase().recreateDatabase(RESTORED_DB, "crt_restore", "crt-restore");
      started = System.nanoTime();
      Process restoring =
          new ProcessBuilder("mariadb", "--protocol=tcp", "-h127.0.0.1", "-uroot", RESTORED_DB)
              .redirectInput(dump.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      assertEquals(0, restoring.waitFor(), "the dump loads");
      double loadSeconds = (System.nanoTime() - started) / 1e9;

      // 4. A portal on the restored stores (no mail: the original already sent what it sent).
      Path config = drill.resolve("restored.properties");
      Files.writeString(
          config,
          String.join(
              "\n",
              "crt.db.url=jdbc:mariadb://127.0.0.1:3306/" + RESTORED_DB,
              "crt.db.user=crt_restore",
              "crt.db.password=crt-restore",
              "crt.s3.endpoint=http://127.0.0.1:" + RESTORED_S3_PORT,
              "crt.s3.access-key=crt-test",
              "crt.s3.secret-key=crt-test-secret",
              "crt.s3.bucket=" + RESTORED_BUCKET,
              "crt.upload.max-bytes=52428800",
              "crt.demo.enabled=true",
              "crt.mail.enabled=false",
              "crt.portal.url=http://localhost/",
              "crt.search.dir=" + drill.resolve("index").toAbsolutePath(),
              ""));
      started = System.nanoTime();
      restored =
          new PayaraMicroServer(
                  Path.of(System.getProperty("crt.tools.dir", "target/tools"))
                      .resolve("payara-micro.jar"),
                  Path.of(System.getProperty("crt.war", "target/ROOT.war")),
                  config,
                  RESTORED_HTTP_PORT,
                  drill.resolve("payara.log"))
              .start(Duration.ofMinutes(4));
      double upSeconds = (System.nanoTime() - started) / 1e9;
      // Started as the demo starts it: it listens on loopback only (the demo's accounts have the
      // password "demo"), and no data grid port is open.
      List<String> listening = be.vlaanderen.crt.portal.devenv.ListeningSockets.of(restored.pid());
      assertTrue(listening.contains("127.0.0.1:" + RESTORED_HTTP_PORT), listening.toString());
      assertTrue(
          listening.stream()
              .allMatch(a -> a.startsWith("127.") || a.startsWith("[0:0:0:0:0:0:0:1]")),
          "the demo's server listens beyond loopback: " + listening);
      ApiClient restoredApi = new ApiClient(new URL(restored.url()));
      waitUntil(
          () -> restoredApi.get(null, "/health/ready").statusCode() == 200,
          "restored portal ready");

      // 5. Every version of the restored database, downloaded and checked.
      List<long[]> ids = new ArrayList<>();
      List<String> hashes = new ArrayList<>();
      try (Connection db =
              DriverManager.getConnection(
                  "jdbc:mariadb://127.0.0.1:3306/" + RESTORED_DB, "root", "");
          ResultSet rows =
              db.createStatement().executeQuery("SELECT id, sha256 FROM document_version")) {
        while (rows.next()) {
          ids.add(new long[] {rows.getLong(1)});
          hashes.add(rows.getString(2));
        }
      }
      assertTrue(ids.size() > 0);
      for (int i = 0; i < ids.size(); i++) {
        HttpResponse<byte[]> content =
            restoredApi.getBytes("coordinator", "api/documents/" + ids.get(i)[0] + "/content");
        assertEquals(200, content.statusCode(), "version " + ids.get(i)[0]);
        assertEquals(hashes.get(i), sha256(content.body()), "version " + ids.get(i)[0]);
      }
      System.out.printf(
          "Backup drill: %d versions verified by SHA-256 (%d uploads acknowledged during the"
              + " backup); dump %.2f s, %d objects copied in %.2f s, restore %.2f s, portal up in"
              + " %.1f s%n",
          ids.size(), acknowledged.get(), dumpSeconds, copied, copySeconds, loadSeconds, upSeconds);
    } finally {
      loading.set(false);
      if (restored != null) {
        restored.stop();
      }
      restoredS3.stop();
    }
  }

  private static MinioClient client(int port) {
    return MinioClient.builder()
        .endpoint("http://127.0.0.1:" + port)
        .region("us-east-1")
        .credentials("crt-test", "crt-test-secret")
        .build();
  }

  /** Copies every object of the portal's bucket into the restored store's bucket. */
  private static int mirror(MinioClient from, MinioClient to) throws Exception {
    if (!to.bucketExists(BucketExistsArgs.builder().bucket(RESTORED_BUCKET).build())) {
      to.makeBucket(MakeBucketArgs.builder().bucket(RESTORED_BUCKET).build());
    }
    int copied = 0;
    for (var result :
        from.listObjects(
            ListObjectsArgs.builder().bucket(TestServices.BUCKET).recursive(true).build())) {
      var item = result.get();
      try (InputStream in =
          from.getObject(
              GetObjectArgs.builder()
                  .bucket(TestServices.BUCKET)
                  .object(item.objectName())
                  .build())) {
        to.putObject(
            PutObjectArgs.builder().bucket(RESTORED_BUCKET).object(item.objectName()).stream(
                    in, item.size(), -1)
                .build());
      }
      copied++;
    }
    return copied;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Timed out: " + what);
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
