package be.vlaanderen.crt.portal.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An S3-compatible server (S3Proxy with a filesystem store) in its own process on loopback, for the
 * demo and the integration tests. Its own process because S3Proxy and the MinIO client disagree on
 * Jackson versions.
 */
public final class S3ProxyServer implements AutoCloseable {

  private final Path jar;
  private final Path dataDir;
  private final int port;
  private final String accessKey;
  private final String secretKey;
  private final Path logFile;
  private Process process;

  public S3ProxyServer(
      Path jar, Path dataDir, int port, String accessKey, String secretKey, Path logFile) {
    this.jar = jar;
    this.dataDir = dataDir;
    this.port = port;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    this.logFile = logFile;
  }

  public S3ProxyServer start() {
    if (Ports.isOpen(port)) {
      throw new IllegalStateException(
          "Port "
              + port
              + " is already in use; stop what runs there (an earlier demo or test run?)");
    }
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(logFile.getParent());
      Path properties = dataDir.resolveSibling("s3proxy-" + port + ".properties");
      Files.writeString(
          properties,
          String.join(
              "\n",
              "s3proxy.endpoint=http://127.0.0.1:" + port,
              "s3proxy.authorization=aws-v2-or-v4",
              "s3proxy.identity=" + accessKey,
              "s3proxy.credential=" + secretKey,
              "jclouds.provider=filesystem",
              "jclouds.filesystem.basedir=" + dataDir.toAbsolutePath(),
              ""));
      process =
          new ProcessBuilder(
                  List.of(
                      Java.executable(),
                      "-Xmx256m",
                      "-jar",
                      jar.toString(),
                      "--properties",
                      properties.toString()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start S3Proxy", e);
    }
    Ports.awaitOpen(port, Duration.ofSeconds(60), process, logFile);
    return this;
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  public void stop() {
    Java.stop(process, 10);
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  /** Small helpers for waiting on TCP ports. */
  static final class Ports {
    private Ports() {}

    static boolean isOpen(int port) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    static void awaitOpen(int port, Duration timeout, Process process, Path logFile) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        if (isOpen(port)) {
          return;
        }
        if (process != null && !process.isAlive()) {
          throw new IllegalStateException(
              "Process for port " + port + " exited early; see " + logFile);
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for port " + port, e);
        }
      }
      throw new IllegalStateException(
          "Nothing listens on port "
              + port
              + " after "
              + timeout.toSeconds()
              + " s; see "
              + logFile);
    }
  }
}
