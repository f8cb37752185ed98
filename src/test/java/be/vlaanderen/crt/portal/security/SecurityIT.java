package be.vlaanderen.crt.portal.security;

import static be.vlaanderen.crt.portal.testsupport.ApiClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.PortalIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What an attacker without an account can do to the running portal, over raw sockets where a
 * well-behaved HTTP client would hide the attack: anonymous floods, slow bodies, hostile {@code
 * Host} headers, files without a length or a login, and what health and metrics tell a stranger.
 */
class SecurityIT extends PortalIT {

  // ---------------------------------------------------------------- raw HTTP

  /** An answer read off a socket: status line, headers (lower-case names), body. */
  record Raw(int status, java.util.Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(), List.of());
      return values.isEmpty() ? null : values.get(0);
    }
  }

  private Socket connect(String fromAddress, int readTimeoutMillis) throws IOException {
    Socket socket = new Socket();
    if (fromAddress != null) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
    }
    socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
    socket.setSoTimeout(readTimeoutMillis);
    return socket;
  }

  private Raw exchange(String fromAddress, String request) throws IOException {
    try (Socket socket = connect(fromAddress, 15_000)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    }
  }

  /** Reads one answer: headers, then the body by length, chunks or until the connection ends. */
  private static Raw read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the answer's headers ended");
      }
      head.write(b);
      matched =
          (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    java.util.Map<String, List<String>> headers = new java.util.HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(
                lines[i].substring(0, colon).strip().toLowerCase(), k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).strip());
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String length =
        headers.containsKey("content-length") ? headers.get("content-length").get(0) : null;
    boolean chunked =
        headers.getOrDefault("transfer-encoding", List.of()).stream()
            .anyMatch(v -> v.equalsIgnoreCase("chunked"));
    if (length != null) {
      body.write(in.readNBytes(Integer.parseInt(length)));
    } else if (chunked) {
      while (true) {
        StringBuilder size = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
          if (b != '\r') {
            size.append((char) b);
          }
        }
        int n = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
        if (n == 0) {
          break;
        }
        body.write(in.readNBytes(n));
        in.read();
        in.read();
      }
    } else if (status != 204 && status != 304) {
      try {
        in.transferTo(body);
      } catch (SocketTimeoutException e) {
        // keep-alive without a length: what came is the body
      }
    }
    return new Raw(status, headers, body.toString(StandardCharsets.UTF_8));
  }

  private static String get(String path, String... headers) {
    StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n");
    boolean host = false;
    for (String header : headers) {
      host |= header.regionMatches(true, 0, "Host:", 0, 5);
      request.append(header).append("\r\n");
    }
    if (!host) {
      request.append("Host: localhost\r\n");
    }
    return request.append("Connection: close\r\n\r\n").toString();
  }

  private JsonObject healthCheck(String name) {
    HttpResponse<String> health = api.get("coordinator", "api/admin/health");
    assertEquals(200, health.statusCode(), health.body());
    return object(health).getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health.body()));
  }

  private long httpFigure(String name) {
    return healthCheck("http").getJsonObject("data").getJsonNumber(name).longValue();
  }

  // ---------------------------------------------------------------- 3. sessions

  @Test
  void publicPagesCreateNoSessionsHoweverManyViewsTheyGet() throws Exception {
    long before = httpFigure("sessionsCreated");
    List<String> pages =
        List.of(
            "login.xhtml",
            "toolkit/index.xhtml",
            "toolkit/index.xhtml?q=back-up",
            "toolkit/zelftest.xhtml",
            "account/set-password.xhtml?token=unknown",
            "does-not-exist.xhtml");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        String page = pages.get(i % pages.size());
        answers.add(pool.submit(() -> api.get(null, page)));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertTrue(
            response.statusCode() == 200 || response.statusCode() == 404,
            response.uri() + " " + response.statusCode());
        assertTrue(
            response.headers().allValues("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith("JSESSIONID")),
            response.uri()
                + " sets a session cookie: "
                + response.headers().allValues("Set-Cookie"));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before, httpFigure("sessionsCreated"), "1,000 anonymous views created sessions");
  }

  @Test
  void theLoginFormAndTheLanguageSwitchWorkWithoutASession() throws Exception {
    java.net.http.HttpClient browser = browser();
    HttpResponse<String> page = open(browser, "login.xhtml");
    assertEquals(
        "stateless",
        field(page.body(), "jakarta.faces.ViewState"),
        "the login form keeps no state on the server");
    String loginPage = page.body();
    long before = httpFigure("sessionsCreated");

    // A wrong password: the form answers, no session.
    HttpResponse<String> wrong = logIn(browser, loginPage, List.of(), "aalst", "nope");
    assertEquals(200, wrong.statusCode());
    assertTrue(wrong.body().contains("onjuist"), wrong.body());
    assertEquals(before, httpFigure("sessionsCreated"));

    // English, remembered in a cookie of its own.
    HttpResponse<String> english =
        post(browser, "login.xhtml", "session", loginPage, "session:lang-en", "session:lang-en");
    assertEquals(302, english.statusCode(), english.body());
    assertTrue(
        english.headers().allValues("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("crt_lang=en") && c.contains("HttpOnly")),
        english.headers().allValues("Set-Cookie").toString());
    assertTrue(english.headers().firstValue("Location").orElse("").startsWith("/login.xhtml"));
    HttpResponse<String> again = open(browser, "toolkit/index.xhtml");
    assertTrue(again.body().contains("lang=\"en\""), "the toolkit in English");
    assertEquals(before, httpFigure("sessionsCreated"));

    // The right password: now, and only now, a session, with its cookie flags.
    HttpResponse<String> right = logIn(browser, loginPage, List.of(), "aalst", "demo");
    assertEquals(302, right.statusCode(), right.body());
    assertEquals(before + 1, httpFigure("sessionsCreated"));
    String cookie =
        right.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  /**
   * A client that keeps cookies and does not follow redirects, as a test of a browser's requests.
   */
  private static java.net.http.HttpClient browser() {
    return java.net.http.HttpClient.newBuilder()
        .cookieHandler(new java.net.CookieManager())
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
        .build();
  }

  private HttpResponse<String> open(
      java.net.http.HttpClient browser, String path, String... headers) throws Exception {
    var request = java.net.http.HttpRequest.newBuilder(api.resolve(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The script nonce PrimeFaces gave the page (and sends back with every form). */
  private static String nonce(String html) {
    var matcher = java.util.regex.Pattern.compile("csp\\.init\\('([^']+)'\\)").matcher(html);
    assertTrue(matcher.find(), "the page has a script nonce");
    return matcher.group(1);
  }

  /** The login form sent with a user name and password (and any further fields). */
  private HttpResponse<String> logIn(
      java.net.http.HttpClient browser,
      String loginPage,
      List<String> headers,
      String user,
      String password,
      String... more)
      throws Exception {
    List<String> fields =
        new ArrayList<>(
            List.of("login:username", user, "login:password", password, "login:submit", ""));
    fields.addAll(List.of(more));
    return post(browser, "login.xhtml", "login", loginPage, headers, fields.toArray(String[]::new));
  }

  private HttpResponse<String> post(
      java.net.http.HttpClient browser, String path, String form, String page, String... fields)
      throws Exception {
    return post(browser, path, form, page, List.of(), fields);
  }

  /**
   * A form post as the browser sends it: the fields (name, value, name, value …), the form's own
   * field, the view state and the page's script nonce (PrimeFaces adds it on submit).
   */
  private HttpResponse<String> post(
      java.net.http.HttpClient browser,
      String path,
      String form,
      String page,
      List<String> headers,
      String... fields)
      throws Exception {
    StringBuilder body = new StringBuilder();
    List<String> all = new ArrayList<>(List.of(fields));
    all.addAll(
        List.of(
            form,
            form,
            "jakarta.faces.ViewState",
            field(page, "jakarta.faces.ViewState"),
            "primefaces.nonce",
            nonce(page)));
    for (int i = 0; i < all.size(); i += 2) {
      body.append(body.length() == 0 ? "" : "&")
          .append(java.net.URLEncoder.encode(all.get(i), StandardCharsets.UTF_8))
          .append('=')
          .append(java.net.URLEncoder.encode(all.get(i + 1), StandardCharsets.UTF_8));
    }
    var request =
        java.net.http.HttpRequest.newBuilder(api.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()));
    if (!headers.isEmpty()) {
      request.headers(headers.toArray(String[]::new));
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String field(String html, String name) {
    var matcher =
        java.util.regex.Pattern.compile(
                "name=\"" + java.util.regex.Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    assertTrue(matcher.find(), "no field " + name);
    return matcher.group(1);
  }

  // ---------------------------------------------------------------- 2. slow bodies

  @Test
  void oneClientTricklingBodiesOverManyConnectionsDoesNotStopOthers() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      String head =
          "POST /login.xhtml HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n";
      for (int i = 0; i < 210; i++) {
        Socket socket = connect("127.0.0.2", 20_000);
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().write("login%3Ausername=".repeat(60).getBytes());
        socket.getOutputStream().flush();
        slow.add(socket);
      }
      // Another visitor is served while the 210 bodies are still coming.
      Raw other = exchange("127.0.0.3", get("/toolkit/index.xhtml"));
      assertEquals(200, other.status());
      // Most of the slow connections were answered at once, without their bodies being read.
      int refused = 0;
      for (Socket socket : slow) {
        socket.setSoTimeout(200);
        try {
          Raw answer = read(socket.getInputStream());
          if (answer.status() == 503) {
            refused++;
            assertTrue(answer.header("Retry-After") != null);
          }
        } catch (SocketTimeoutException e) {
          // still being read: one of the few that are let through
        }
      }
      assertTrue(refused >= 210 - 20, refused + " of 210 refused at once");
      assertTrue(httpFigure("anonymousRefused") >= refused);
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  /**
   * The production reverse proxy (docker/nginx/crt-portal.conf, unchanged but for the upstream and
   * listen address) in front of this portal: bodies that trickle stay in nginx, a flood from one
   * address is cut to its rate, and the portal still serves.
   */
  @Test
  void theProductionProxyKeepsSlowAndFloodingClientsAwayFromThePortal() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        be.vlaanderen.crt.portal.testsupport.NginxProxy.installed(),
        "nginx is installed by .ci/run");
    be.vlaanderen.crt.portal.testsupport.NginxProxy proxy =
        be.vlaanderen.crt.portal.testsupport.NginxProxy.start(
            "nginx-it", "crt-upstream.conf", List.of(base.getPort()));
    int port = proxy.port();
    List<Socket> slow = new ArrayList<>();
    try {
      Raw through = exchangeWith(port, null, get("/toolkit/index.xhtml"));
      assertEquals(200, through.status());
      assertEquals("nginx", through.header("Server"), "no version in the banner");

      // 15 clients on one address trickle login bodies: nginx holds them, the portal sees none.
      String head =
          "POST /login.xhtml HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n";
      for (int i = 0; i < 15; i++) {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.4"), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().write("login%3Ausername=".repeat(60).getBytes());
        socket.getOutputStream().flush();
        slow.add(socket);
      }
      Thread.sleep(500);
      assertEquals(0, httpFigure("anonymousInProgress"), "a trickling body reached the portal");
      assertEquals(200, exchangeWith(port, "127.0.0.5", get("/login.xhtml")).status());

      // A flood from one address: the first 40 or so pass, then 429 at the proxy.
      int passed = 0;
      int limited = 0;
      for (int i = 0; i < 150; i++) {
        int status = exchangeWith(port, "127.0.0.6", get("/api/toolkit/search?q=bcp")).status();
        if (status == 200) {
          passed++;
        } else if (status == 429) {
          limited++;
        }
      }
      assertTrue(passed >= 40 && limited >= 50, passed + " passed, " + limited + " limited");
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
      proxy.close();
    }
  }

  private Raw exchangeWith(int port, String fromAddress, String request) throws IOException {
    try (Socket socket = new Socket()) {
      if (fromAddress != null) {
        socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
      }
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(15_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    }
  }

  // ---------------------------------------------------------------- 4. files

  @Test
  void filesAreTakenOnlyAfterLoginAndWithADeclaredLength() throws Exception {
    String boundary = "----crt" + System.nanoTime();
    String partHead =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n";
    // Anonymous, declared 5 MB, only the first bytes sent: refused without waiting for the rest.
    try (Socket socket = connect(null, 10_000)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /login.xhtml HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary="
                  + boundary
                  + "\r\nContent-Length: 5000000\r\n\r\n"
                  + partHead)
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Raw answer = read(socket.getInputStream());
      assertEquals(403, answer.status(), answer.body());
      assertTrue(answer.body().contains("aanmelden"), answer.body());
    }
    // Chunked (no length), as a user who may upload: refused before the body is read.
    String basic =
        java.util.Base64.getEncoder().encodeToString("aalst:demo".getBytes(StandardCharsets.UTF_8));
    for (String path : List.of("/api/assignments/2/documents", "/submission/assignment.xhtml")) {
      try (Socket socket = connect(null, 10_000)) {
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST "
                    + path
                    + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + basic
                    + "\r\nContent-Type: multipart/form-data; boundary="
                    + boundary
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(partHead.length())
                    + "\r\n"
                    + partHead
                    + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        Raw answer = read(socket.getInputStream());
        if (path.startsWith("/api")) {
          assertEquals(411, answer.status(), answer.body());
          assertTrue(answer.body().contains("LENGTH_REQUIRED"), answer.body());
        } else {
          // Pages take no HTTP Basic: the upload page sends the stranger to the login page.
          assertTrue(answer.status() == 302 || answer.status() == 411, answer.status() + "");
        }
      }
    }
  }

  // ---------------------------------------------------------------- 8. health, metrics

  @Test
  void strangersLearnOnlyWhetherThePortalIsUp() {
    HttpResponse<String> ready = api.get(null, "health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject body = object(ready);
    assertEquals("UP", body.getString("status"));
    for (JsonValue check : body.getJsonArray("checks")) {
      assertTrue(
          check.asJsonObject().getJsonObject("data") == null
              || check.asJsonObject().getJsonObject("data").isEmpty(),
          "figures for strangers: " + ready.body());
    }
    HttpResponse<String> metrics = api.get(null, "metrics");
    assertTrue(
        metrics.statusCode() == 404 || metrics.statusCode() == 401 || metrics.statusCode() == 403,
        "metrics: " + metrics.statusCode());
    assertFalse(metrics.body().contains("heap"), metrics.body());

    // The coordinator sees the figures; nobody else does.
    JsonObject search = healthCheck("search-index");
    assertTrue(search.getJsonObject("data").containsKey("lag"), search.toString());
    assertTrue(httpFigure("activeSessions") >= 0);
    int municipality = api.get("aalst", "api/admin/health").statusCode();
    assertTrue(municipality == 403 || municipality == 404, "municipality: " + municipality);
  }

  // ---------------------------------------------------------------- 6. headers

  @Test
  void answersDoNotNameTheServer() throws Exception {
    for (String path : List.of("/login.xhtml", "/api/toolkit/search?q=bcp", "/nope.txt")) {
      Raw answer = exchange(null, get(path));
      assertEquals(null, answer.header("X-Powered-By"), path);
      String server = answer.header("Server");
      assertTrue(server == null || !server.toLowerCase().contains("payara"), path + ": " + server);
    }
  }

  @Test
  void pagesRunOnlyTheScriptsTheyWereServedWith() throws Exception {
    Raw page = exchange(null, get("/login.xhtml"));
    List<String> policies = page.headers().get("content-security-policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'self'")), policies.toString());
    String scripts =
        policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
    String nonce = nonce(page.body());
    assertTrue(
        scripts.contains("script-src 'self' 'nonce-" + nonce + "'"),
        "the page's scripts carry the nonce of its policy: " + scripts);
    assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), scripts);
    assertFalse(page.body().contains(" onclick=\""), "no inline handlers left on the page");
  }

  @Test
  void behindHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
    java.net.http.HttpClient browser = browser();
    HttpResponse<String> page = open(browser, "login.xhtml", "X-Forwarded-Proto", "https");
    assertTrue(
        page.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="));
    HttpResponse<String> in =
        logIn(browser, page.body(), List.of("X-Forwarded-Proto", "https"), "brugge", "demo");
    assertEquals(302, in.statusCode(), in.body());
    String cookie =
        in.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("Secure"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  // ---------------------------------------------------------------- 9. redirects

  @Test
  void redirectsNeverSendTheBrowserToTheHostItClaimed() throws Exception {
    Raw protectedPage = exchange(null, get("/index.xhtml", "Host: evil.example"));
    assertEquals(302, protectedPage.status());
    String location = protectedPage.header("Location");
    assertTrue(location.startsWith("/login.xhtml"), location);
    assertFalse(location.contains("evil"), location);

    Raw welcome = exchange(null, get("/", "Host: evil.example"));
    assertFalse(String.valueOf(welcome.header("Location")).contains("evil"), welcome.toString());

    // A control character smuggled into "next" never reaches the Location header.
    java.net.http.HttpClient browser = browser();
    HttpResponse<String> page =
        open(browser, "login.xhtml?next=%2Ftoolkit%2F%09Set-Cookie%3A%20x%3Dy");
    String loginPage = page.body();
    HttpResponse<String> in =
        logIn(
            browser,
            loginPage,
            List.of(),
            "brugge",
            "demo",
            "login:next",
            "/toolkit/\tSet-Cookie: x=y");
    assertEquals(302, in.statusCode(), in.body());
    assertEquals("/", in.headers().firstValue("Location").orElseThrow());
  }
}
