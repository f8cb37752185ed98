package be.vlaanderen.crt.portal.security.oidc;

import be.vlaanderen.crt.portal.platform.http.RelativeRedirects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two browser steps of an ACM/IDM login: {@code /oidc/login} sends the browser to the provider,
 * {@code /oidc/callback} takes it back, checks the answer and lets the person in (or sends them to
 * the "no access" page with the reason). Used by the portal's authentication mechanism, which keeps
 * the session's caller.
 */
@ApplicationScoped
public class OidcRedirects {

  public static final String LOGIN_PATH = "/oidc/login";
  public static final String CALLBACK_PATH = "/oidc/callback";
  public static final String DENIED_PAGE = "/oidc-denied.xhtml";

  /** Session attribute: the ID token, for the logout at the provider. */
  public static final String ID_TOKEN = "crt.oidc.idToken";

  private static final String PENDING = "crt.oidc.pending";

  /** A login that takes longer than this at the provider is started again. */
  private static final Duration PENDING_VALIDITY = Duration.ofMinutes(10);

  private static final Logger LOG = Logger.getLogger(OidcRedirects.class.getName());

  @Inject OidcSettings settings;

  @Inject OidcClient client;

  @Inject OidcLogins logins;

  /** Who is let in: the portal's account name, its groups, and until when the login holds. */
  public record Admitted(String username, Set<String> groups, Instant validUntil)
      implements Serializable {}

  public boolean handles(String path) {
    return settings.isEnabled() && (LOGIN_PATH.equals(path) || CALLBACK_PATH.equals(path));
  }

  /** Sends the browser to the provider; {@code next} is where it goes after the login. */
  public void start(HttpServletRequest request, HttpServletResponse response, String next)
      throws IOException {
    try {
      OidcClient.Start start = client.start(redirectUri(request), safeNext(next));
      request.getSession(true).setAttribute(PENDING, start.pending());
      RelativeRedirects.sendToProvider(response, start.location());
    } catch (OidcClient.OidcFailure e) {
      LOG.log(Level.WARNING, "ACM/IDM login could not start: {0}", e.getMessage());
      denied(request, response, "UNAVAILABLE");
    }
  }

  /**
   * The provider's answer. Answers who is let in, or null when the browser was sent to the "no
   * access" page.
   */
  public Admitted finish(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object stored = session == null ? null : session.getAttribute(PENDING);
    if (session != null) {
      session.removeAttribute(PENDING); // one use only: a replayed answer finds nothing
    }
    String state = request.getParameter("state");
    if (!(stored instanceof OidcClient.Pending pending)
        || state == null
        || !java.security.MessageDigest.isEqual(
            state.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            pending.state().getBytes(java.nio.charset.StandardCharsets.UTF_8))
        || pending.at().plus(PENDING_VALIDITY).isBefore(Instant.now())) {
      LOG.warning(
          "ACM/IDM answer refused: no login was started in this session or its state differs");
      denied(request, response, OidcLogins.Refusal.FAILED.name());
      return null;
    }
    String code = request.getParameter("code");
    if (request.getParameter("error") != null || code == null) {
      LOG.info(() -> "ACM/IDM answered with error " + request.getParameter("error"));
      denied(request, response, OidcLogins.Refusal.FAILED.name());
      return null;
    }
    OidcClient.Verified verified;
    try {
      verified = client.finish(code, pending);
    } catch (OidcClient.OidcFailure e) {
      LOG.log(Level.WARNING, "ACM/IDM login refused: {0}", e.getMessage());
      denied(request, response, OidcLogins.Refusal.FAILED.name());
      return null;
    }
    OidcLogins.Outcome outcome = logins.admit(verified.subject(), verified.claims());
    if (!outcome.admitted()) {
      denied(request, response, outcome.refusal().name());
      return null;
    }
    request.changeSessionId(); // a session id known before login is worthless after it
    request.getSession().setAttribute(ID_TOKEN, verified.idToken());
    RelativeRedirects.send(response, request.getContextPath() + pending.next());
    return new Admitted(outcome.username(), outcome.groups(), verified.expiresAt());
  }

  /** Where to go to end the session at the provider too, or null for a local logout. */
  public URI logout(HttpServletRequest request, String afterwards) {
    HttpSession session = request.getSession(false);
    Object idToken = session == null ? null : session.getAttribute(ID_TOKEN);
    if (!(idToken instanceof String token) || !settings.isEnabled()) {
      return null;
    }
    return client.logout(
        token, URI.create(origin(request) + request.getContextPath() + afterwards));
  }

  private URI redirectUri(HttpServletRequest request) {
    return URI.create(
        settings.redirectUri().orElse(origin(request) + request.getContextPath() + CALLBACK_PATH));
  }

  /** scheme://host[:port] of this request, as the browser sees it. */
  static String origin(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    int path = url.indexOf("/", url.indexOf("//") + 2);
    return path < 0 ? url.toString() : url.substring(0, path);
  }

  /** Only a path within the portal, never another site. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith(LOGIN_PATH)
        || next.startsWith(CALLBACK_PATH)) {
      return "/index.xhtml";
    }
    return next;
  }

  private static void denied(
      HttpServletRequest request, HttpServletResponse response, String reason) {
    RelativeRedirects.send(response, request.getContextPath() + DENIED_PAGE + "?reason=" + reason);
  }
}
