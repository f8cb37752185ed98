package be.vlaanderen.crt.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The production reverse proxy ({@code docker/nginx/crt-portal.conf}, unchanged but for the listen
 * address and the upstream file it includes) run by the Debian nginx in front of portals on
 * loopback: one node (SecurityIT) or several (ClusterIT).
 */
public final class NginxProxy implements AutoCloseable {

  public static final Path NGINX = Path.of("/usr/sbin/nginx");

  private final Process process;
  private final int port;
  private final Path dir;

  private NginxProxy(Process process, int port, Path dir) {
    this.process = process;
    this.port = port;
    this.dir = dir;
  }

  public static boolean installed() {
    return Files.isExecutable(NGINX);
  }

  /**
   * Starts nginx in {@code target/<name>} with the production site and an upstream of the given
   * local ports ({@code upstream} is the production upstream file for one or for several nodes).
   */
  public static NginxProxy start(String name, String upstream, List<Integer> portals) {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return start(name, upstream, portals, port);
  }

  /** The same on a given port. */
  public static NginxProxy start(String name, String upstream, List<Integer> portals, int port) {
    try {
      Path dir = Path.of("target", name).toAbsolutePath();
      Files.createDirectories(dir);
      String servers =
          portals.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining("\n"));
      String upstreamFile =
          Files.readString(Path.of("docker", "nginx", upstream))
              .replaceAll("server portal(-[a-z])?:8080", "server PORTAL");
      for (String server : servers.split("\n")) {
        upstreamFile = upstreamFile.replaceFirst("server PORTAL", "server " + server);
      }
      if (upstreamFile.contains("PORTAL")) {
        throw new IllegalStateException("More upstream servers in " + upstream + " than portals");
      }
      Files.writeString(dir.resolve("upstream.conf"), upstreamFile);
      String site =
          Files.readString(Path.of("docker", "nginx", "crt-portal.conf"))
              .replace(
                  "include /etc/nginx/crt-upstream.conf;",
                  "include " + dir.resolve("upstream.conf") + ";")
              .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
      if (!site.contains(dir.resolve("upstream.conf").toString())) {
        throw new IllegalStateException("The site no longer includes its upstream file");
      }
      Files.writeString(dir.resolve("site.conf"), site);
      Files.writeString(
          dir.resolve("nginx.conf"),
          String.join(
              "\n",
              "worker_processes 1;",
              "error_log " + dir.resolve("error.log") + ";",
              "pid " + dir.resolve("nginx.pid") + ";",
              "events {}",
              "http {",
              "  log_format upstream '$request $status $upstream_addr';",
              "  access_log " + dir.resolve("access.log") + " upstream;",
              "  client_body_temp_path " + dir.resolve("body") + ";",
              "  proxy_temp_path " + dir.resolve("proxy") + ";",
              "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
              "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
              "  scgi_temp_path " + dir.resolve("scgi") + ";",
              "  include " + dir.resolve("site.conf") + ";",
              "}",
              ""));
      Process process =
          new ProcessBuilder(
                  NGINX.toString(),
                  "-p",
                  dir.toString(),
                  "-c",
                  dir.resolve("nginx.conf").toString(),
                  "-g",
                  "daemon off;"
                      + (System.getProperty("user.name").equals("root") ? " user root;" : ""))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("stdout.log").toFile())
              .start();
      NginxProxy proxy = new NginxProxy(process, port, dir);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!listens(port)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          proxy.close();
          throw new IllegalStateException("nginx did not start: see " + dir.resolve("stdout.log"));
        }
        Thread.sleep(100);
      }
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return port;
  }

  public String url() {
    return "http://localhost:" + port + "/";
  }

  /** The access log: one line per request, {@code <request> <status> <upstream address(es)>}. */
  public List<String> accessLog() {
    try {
      Path log = dir.resolve("access.log");
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean listens(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
