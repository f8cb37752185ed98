package be.vlaanderen.crt.portal.devenv;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mvnw -Pdemo}: starts the S3 server, the database and Payara Micro with the demo
 * configuration, prints where to go and who to log in as, and stops everything on Ctrl-C. Data
 * stays under {@code ./data}.
 */
public final class DemoLauncher {

  private DemoLauncher() {}

  public static void main(String[] args) throws InterruptedException {
    Path base = Path.of(System.getProperty("crt.basedir", "."));
    Path tools =
        Path.of(System.getProperty("crt.tools.dir", base.resolve("target/tools").toString()));
    Path war = Path.of(System.getProperty("crt.war", base.resolve("target/ROOT.war").toString()));
    Path data = base.resolve("data");
    Path logs = data.resolve("logs");

    LocalDatabase database = new LocalDatabase();
    S3ProxyServer s3 =
        new S3ProxyServer(
            tools.resolve("s3proxy.jar"),
            data.resolve("objects"),
            9000,
            "crt-demo",
            "crt-demo-secret",
            logs.resolve("s3proxy.log"));
    PayaraMicroServer payara =
        new PayaraMicroServer(
            tools.resolve("payara-micro.jar"),
            war,
            base.resolve("config/demo.properties"),
            8080,
            logs.resolve("payara.log"));
    // -Dcrt.demo.scale=full: the programme's real size (50 municipalities, 30 pilot dossiers).
    String scale = System.getProperty("crt.demo.scale", "small");
    payara.jvmOption("-Dcrt.demo.scale=" + scale);
    // -Dcrt.demo.jvm="-XX:+UseSerialGC ...": more JVM options for Payara (memory measurements).
    for (String option : System.getProperty("crt.demo.jvm", "").trim().split("\\s+")) {
      if (!option.isEmpty()) {
        payara.jvmOption(option);
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nStopping the CRT Portal demo ...");
                  payara.stop();
                  s3.stop();
                  database.close();
                  System.out.println(
                      "Stopped. Your demo data stays under " + data.toAbsolutePath());
                  stopped.countDown();
                },
                "demo-shutdown"));

    step("Database");
    database.start(data.resolve("mariadb"));
    database.ensureDatabase("crt_demo", "crt_demo", "crt-demo");
    System.out.println(
        database.isEmbedded()
            ? "embedded MariaDB on 127.0.0.1:3306, data in data/mariadb"
            : "MariaDB on 127.0.0.1:3306 (already running)");
    step("Object storage (S3Proxy)");
    s3.start();
    System.out.println(s3.endpoint() + ", objects in data/objects");
    step("Payara Micro (about 20-40 s)");
    long started = System.nanoTime();
    payara.start(Duration.ofMinutes(4));
    System.out.printf(
        "ready in %.1f s, log in data/logs/payara.log%n", (System.nanoTime() - started) / 1e9);

    System.out.println();
    System.out.println("  CRT Portal demo:  " + payara.url());
    System.out.println("  Accounts (password 'demo'):");
    System.out.println(
        "    aalst, brugge   municipality contact persons (each sees only its own municipality)");
    System.out.println("    expert          CRT expert, reviews Aalst and Brugge");
    System.out.println("    analist         CRT expert without municipalities (assign on Rondes)");
    System.out.println("    coordinator     CRT coordinator, sees everything");
    System.out.println("    steering        steering committee, status overview only");
    if ("full".equals(scale)) {
      System.out.println(
          "    gent, antwerpen, ... the other 48 municipalities (their name in lower case)");
      System.out.println("    expert2         CRT expert of the second wave");
    }
    System.out.println(
        "  Health: " + payara.url() + "health/ready   API docs: " + payara.url() + "openapi");
    System.out.println("  Press Ctrl-C to stop.");
    stopped.await();
  }

  private static void step(String what) {
    System.out.print("  - " + what + ": ");
    System.out.flush();
  }
}
