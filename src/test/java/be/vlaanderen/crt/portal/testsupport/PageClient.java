package be.vlaanderen.crt.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pages as a logged-in user without a browser: logs in through the login form (the pages
 * accept no Basic authentication) and keeps the session cookie. For checks of what a page shows to
 * whom.
 */
public final class PageClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http;
  private final URI base;

  private PageClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A client without a login. */
  public static PageClient anonymous(URL applicationRoot) {
    String root = applicationRoot.toString();
    return new PageClient(URI.create(root.endsWith("/") ? root : root + "/"));
  }

  /** A client logged in as {@code user} (password {@code demo}). */
  public static PageClient logIn(URL applicationRoot, String user) {
    String root = applicationRoot.toString();
    PageClient client = new PageClient(URI.create(root.endsWith("/") ? root : root + "/"));
    HttpResponse<String> form = client.get("login.xhtml");
    Matcher state = VIEW_STATE.matcher(form.body());
    if (!state.find()) {
      throw new IllegalStateException("No view state on the login page");
    }
    String body =
        "login=login&login%3Ausername="
            + encode(user)
            + "&login%3Apassword=demo&login%3Anext=&login%3Asubmit=&jakarta.faces.ViewState="
            + encode(state.group(1));
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(client.base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (answer.uri().getPath().endsWith("login.xhtml")) {
      throw new IllegalStateException("Login as " + user + " failed");
    }
    return client;
  }

  public HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "nl").GET().build());
  }

  /** A GET with extra request headers (name, value, name, value, …). */
  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "nl");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder.GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
