package be.vlaanderen.crt.portal.devenv;

import be.vlaanderen.crt.portal.testsupport.NginxProxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    // -Dcrt.demo.nodes=2: two Payara Micro nodes (8081, 8082) in one data grid behind nginx on
    // 8080.
    int nodes = Integer.getInteger("crt.demo.nodes", 1);
    if (nodes < 1 || nodes > 2) {
      throw new IllegalArgumentException("crt.demo.nodes is 1 or 2");
    }
    List<PayaraMicroServer> payaras = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      String name = nodes == 1 ? "" : "node-" + (char) ('a' + i);
      PayaraMicroServer payara =
          new PayaraMicroServer(
              tools.resolve("payara-micro.jar"),
              war,
              base.resolve("config/demo.properties"),
              nodes == 1 ? 8080 : 8081 + i,
              (nodes == 1 ? logs : logs.resolve(name)).resolve("payara.log"));
      if (nodes > 1) {
        payara
            .clustered("crt-demo", name, 6921 + i, 6921)
            .jvmOption("-Dcrt.search.dir=" + data.resolve("index-" + name).toAbsolutePath())
            .jvmOption("-Dcrt.http.trusted-proxies=127.0.0.1");
      }
      // -Dcrt.demo.scale=full: the programme's real size (50 municipalities, 30 pilot dossiers).
      payara.jvmOption("-Dcrt.demo.scale=" + System.getProperty("crt.demo.scale", "small"));
      // -Dcrt.demo.jvm="-XX:+UseSerialGC ...": more JVM options for Payara (memory measurements).
      for (String option : System.getProperty("crt.demo.jvm", "").trim().split("\\s+")) {
        if (!option.isEmpty()) {
          payara.jvmOption(option);
        }
      }
      payaras.add(payara);
    }
    String scale = System.getProperty("crt.demo.scale", "small");
    NginxProxy[] balancer = new NginxProxy[1];
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nStopping the CRT Portal demo ...");
                  if (balancer[0] != null) {
                    balancer[0].close();
                  }
                  payaras.forEach(PayaraMicroServer::stop);
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
    for (PayaraMicroServer payara : payaras) {
      // One after the other: the first seeds the demo data, the second finds it there.
      step("Payara Micro" + (nodes == 1 ? "" : " on port " + payara.port()) + " (about 20-40 s)");
      long started = System.nanoTime();
      payara.start(Duration.ofMinutes(4));
      System.out.printf("ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
    if (nodes > 1) {
      step("nginx in front of both nodes");
      balancer[0] =
          NginxProxy.start("demo-nginx", "crt-upstream-cluster.conf", List.of(8081, 8082), 8080);
      System.out.println(
          "http://localhost:8080/ (sessions continue on the other node if one stops)");
    }

    System.out.println();
    String url = "http://localhost:8080/";
    System.out.println("  CRT Portal demo:  " + url);
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
        "  Health: " + url + "health/ready   API docs: " + url + "openapi   Logs: data/logs");
    System.out.println("  Press Ctrl-C to stop.");
    stopped.await();
  }

  private static void step(String what) {
    System.out.print("  - " + what + ": ");
    System.out.flush();
  }
}
