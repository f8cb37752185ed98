package be.vlaanderen.crt.portal.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Payara Micro serving the portal's WAR in its own process. Ready means the login page answers 200:
 * Payara prints "ready" even when the deployment failed, so only an application URL tells.
 */
public final class PayaraMicroServer implements AutoCloseable {

  private final Path jar;
  private final Path war;
  private final Path configFile;
  private final int port;
  private final Path logFile;
  private final List<String> jvmOptions = new ArrayList<>();
  private List<String> clusterOptions;
  private Process process;

  public PayaraMicroServer(Path jar, Path war, Path configFile, int port, Path logFile) {
    this.jar = jar;
    this.war = war;
    this.configFile = configFile;
    this.port = port;
    this.logFile = logFile;
  }

  public PayaraMicroServer jvmOption(String option) {
    jvmOptions.add(option);
    return this;
  }

  /**
   * Joins Payara's data grid (Hazelcast) on loopback instead of running alone: the member listens
   * on {@code gridPort} and finds the others at {@code seedPort}. Host-aware partitioning is off,
   * or a node would keep no backup of another node's sessions on the same address.
   */
  public PayaraMicroServer clustered(String name, String member, int gridPort, int seedPort) {
    clusterOptions =
        List.of(
            "--clustermode",
            "tcpip:127.0.0.1:" + seedPort,
            "--clustername",
            name,
            "--name",
            member,
            "--startport",
            Integer.toString(gridPort),
            "--nohostaware");
    return this;
  }

  public PayaraMicroServer start(Duration timeout) {
    launch();
    awaitReady(timeout);
    return this;
  }

  /** Starts the process without waiting; {@link #awaitReady} waits (two nodes start together). */
  public PayaraMicroServer launch() {
    if (S3ProxyServer.Ports.isOpen(port)) {
      throw new IllegalStateException(
          "Port " + port + " is already in use; stop what runs there first");
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Java.executable(),
                // -Dcrt.demo.heap=512m to measure the portal in less memory (docs/benchmarks.md).
                "-Xmx" + System.getProperty("crt.demo.heap", "768m"),
                // Memory given back when the load is over (the same options as the Docker image;
                // docs/operations.md, "Memory").
                "-XX:G1PeriodicGCInterval=10000",
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30",
                "-Duser.timezone=UTC",
                // Not ready while the application is still deploying (no readiness check yet
                // registered would otherwise count as UP).
                "-Dmp.health.default.readiness.empty.response=DOWN",
                "-Dcrt.config=" + configFile.toAbsolutePath()));
    if (clusterOptions == null) {
      // The data grid on loopback only (otherwise *:6900, even with --nocluster).
      command.add(
          "-Dhazelcast.config=" + Path.of("config", "hazelcast-loopback.yaml").toAbsolutePath());
    }
    command.addAll(jvmOptions);
    // A fresh root directory on every start: with the old one, Payara Micro first starts the
    // previous deployment it finds there, reports ready, then undeploys it and deploys the WAR
    // again
    // (13-30 s of 404/500 after "UP"). Nothing of value lives there: data is in MariaDB, S3 and the
    // search index directory.
    Path root = logFile.resolveSibling("payara-root").toAbsolutePath();
    deleteRecursively(root);
    // Loopback only: the demo's accounts (password "demo") must not be reachable from the network.
    Path preBoot = logFile.resolveSibling("payara-preboot.txt").toAbsolutePath();
    try {
      Files.createDirectories(preBoot.getParent());
      Path shared = Path.of("config", "payara-preboot.txt");
      Files.writeString(
          preBoot,
          (Files.exists(shared) ? Files.readString(shared) : "")
              + String.join(
                  "\n",
                  "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
                  "set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1",
                  ""));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + preBoot, e);
    }
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--deploy",
            war.toString(),
            "--port",
            Integer.toString(port),
            "--interfaces",
            "127.0.0.1",
            "--prebootcommandfile",
            preBoot.toString(),
            "--rootdir",
            root.toString()));
    command.addAll(clusterOptions == null ? List.of("--nocluster") : clusterOptions);
    try {
      Files.createDirectories(logFile.getParent());
      ProcessBuilder builder = new ProcessBuilder(command);
      // glibc keeps up to 8 malloc arenas per core; two are enough for a JVM (less memory outside
      // the heap).
      builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
      process =
          builder
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Payara Micro", e);
    }
    return this;
  }

  public void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI login = URI.create(url() + "login.xhtml");
    long deadline = System.nanoTime() + timeout.toNanos();
    long reportedReadyAt = 0;
    while (System.nanoTime() < deadline) {
      if (reportedReadyAt == 0 && logSays("ready in")) {
        reportedReadyAt = System.nanoTime();
      }
      if (reportedReadyAt != 0
          && System.nanoTime() - reportedReadyAt > Duration.ofSeconds(15).toNanos()) {
        throw new IllegalStateException(
            "Payara Micro started but the portal does not answer: the deployment failed. Look for SEVERE in "
                + logFile);
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited; see " + logFile);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
      }
      sleep(500);
    }
    throw new IllegalStateException(
        "The portal did not answer at "
            + login
            + " within "
            + timeout.toSeconds()
            + " s; see "
            + logFile);
  }

  private boolean logSays(String text) {
    try {
      return Files.exists(logFile)
          && Files.readString(logFile, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  public String url() {
    return "http://localhost:" + port + "/";
  }

  public long pid() {
    return process.pid();
  }

  public void stop() {
    if (process != null) {
      Java.stop(process, 30);
    }
    process = null;
  }

  /** {@code kill -9}: the node dies in the middle of whatever it was doing. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    stop();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear " + dir, e);
    }
  }
}
