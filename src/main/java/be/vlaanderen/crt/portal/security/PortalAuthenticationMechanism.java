package be.vlaanderen.crt.portal.security;

import be.vlaanderen.crt.portal.platform.api.JsonErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * How callers prove who they are.
 *
 * <ul>
 *   <li>Pages: the login page calls {@code SecurityContext.authenticate} with a username and
 *       password; on success the caller is kept in the HTTP session (a small serializable value, so
 *       sessions can be replicated between nodes). Unauthenticated requests for a protected page go
 *       to the login page.
 *   <li>REST API ({@code /api/*}): a personal API token ({@code Authorization: Bearer crt_…}, made
 *       on {@code /account/tokens.xhtml}) or HTTP Basic, on every request. The session is ignored
 *       there on purpose, so a browser's login cookie can never be used by another site to call the
 *       API.
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "crt.caller";
  private static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Inject LoginThrottle throttle;

  @Inject be.vlaanderen.crt.portal.platform.http.ClientAddresses addresses;

  @Inject VerifiedCredentials verified;

  @Inject ApiTokens tokens;

  @Inject be.vlaanderen.crt.portal.security.oidc.OidcSettings oidcSettings;

  @Inject be.vlaanderen.crt.portal.security.oidc.OidcRedirects oidc;

  @Inject be.vlaanderen.crt.portal.security.oidc.OidcClient oidcClient;

  @Inject be.vlaanderen.crt.portal.security.oidc.OidcLogins oidcLogins;

  /** Request attribute: seconds the login is still locked (for the login page's message). */
  public static final String LOCKED_SECONDS = "crt.login.lockedSeconds";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    be.vlaanderen.crt.portal.platform.SecurityHeadersFilter.apply(request, response);
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return loginFromPage(request, context, credential);
    }
    if (isApi(request)) {
      return authenticateApi(request, response, context);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (oidc.handles(path)) {
      return oidcStep(request, response, path);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      if (!caller.expired()) {
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
      }
      // The provider's login has run out: the session no longer vouches for anyone.
      session.removeAttribute(SESSION_CALLER);
      session.removeAttribute(be.vlaanderen.crt.portal.security.oidc.OidcRedirects.ID_TOKEN);
      if (context.isProtected() && "GET".equals(request.getMethod())) {
        // Back through the provider (single sign-on there), then to the same page.
        be.vlaanderen.crt.portal.platform.http.RelativeRedirects.send(
            response,
            request.getContextPath()
                + be.vlaanderen.crt.portal.security.oidc.OidcRedirects.LOGIN_PATH
                + "?next="
                + URLEncoder.encode(target(request), StandardCharsets.UTF_8));
        return AuthenticationStatus.SEND_CONTINUE;
      }
    }
    if (context.isProtected()) {
      return redirectToLogin(request, response, context);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
  }

  /** {@code /oidc/login} and {@code /oidc/callback}: the browser steps of an ACM/IDM login. */
  private AuthenticationStatus oidcStep(
      HttpServletRequest request, HttpServletResponse response, String path) {
    try {
      if (be.vlaanderen.crt.portal.security.oidc.OidcRedirects.LOGIN_PATH.equals(path)) {
        oidc.start(request, response, request.getParameter("next"));
        return AuthenticationStatus.SEND_CONTINUE;
      }
      var admitted = oidc.finish(request, response);
      if (admitted != null) {
        request
            .getSession()
            .setAttribute(
                SESSION_CALLER,
                new SessionCaller(admitted.username(), admitted.groups(), admitted.validUntil()));
      }
    } catch (IOException e) {
      // The client went away.
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private AuthenticationStatus loginFromPage(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    if (!oidcSettings.isLocalPasswords()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String username = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
    java.time.Duration locked = throttle.lockedFor(username, addresses.of(request));
    if (!locked.isZero()) {
      request.setAttribute(LOCKED_SECONDS, locked.toSeconds());
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username, addresses.of(request));
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username);
    request.getSession(true);
    request.changeSessionId(); // a session id known before login is worthless after it
    request
        .getSession()
        .setAttribute(
            SESSION_CALLER,
            new SessionCaller(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()), null));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus authenticateApi(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String bearer = bearerToken(request.getHeader("Authorization"));
    if (bearer != null && !bearer.startsWith(ApiTokens.PREFIX) && oidcSettings.isEnabled()) {
      // An access token of ACM/IDM: signed by the provider, for this client, not expired, and the
      // identity linked to an account whose role the token gives.
      var claims = oidcClient.accessToken(bearer);
      if (claims.isPresent()) {
        var outcome = oidcLogins.admit(claims.get().getSubject(), claims.get().getClaims());
        if (outcome.admitted()) {
          return context.notifyContainerAboutLogin(outcome.username(), outcome.groups());
        }
      }
      return invalidToken(response);
    }
    if (bearer != null) {
      // 256 random bits cannot be guessed, so a wrong token costs one indexed lookup and is not
      // throttled like a password.
      var caller = tokens.authenticate(bearer);
      if (caller.isPresent()) {
        return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
      }
      return invalidToken(response);
    }
    UsernamePasswordCredential basic = basicCredential(request.getHeader("Authorization"));
    if (basic != null && !oidcSettings.isLocalPasswords()) {
      return unauthorizedJson(
          request,
          response,
          "Aanmelden met een wachtwoord is uitgeschakeld: gebruik een API-sleutel of een"
              + " toegangstoken van ACM/IDM (Authorization: Bearer).");
    }
    if (basic != null) {
      String password = basic.getPasswordAsString();
      var known = verified.find(basic.getCaller(), password);
      if (known.isPresent()) {
        return context.notifyContainerAboutLogin(known.get().name(), known.get().groups());
      }
      java.time.Duration locked = throttle.lockedFor(basic.getCaller(), addresses.of(request));
      if (!locked.isZero()) {
        return tooManyAttempts(response, locked);
      }
      CredentialValidationResult result = identityStores.validate(basic);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        throttle.succeeded(basic.getCaller());
        verified.remember(
            basic.getCaller(),
            password,
            result.getCallerPrincipal().getName(),
            result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
      }
      throttle.failed(basic.getCaller(), addresses.of(request));
      return unauthorizedJson(request, response, "Gebruikersnaam of wachtwoord onjuist.");
    }
    if (context.isProtected()) {
      return unauthorizedJson(
          request,
          response,
          "Aanmelden vereist: gebruik een persoonlijke API-sleutel (Authorization: Bearer) of"
              + " HTTP Basic met uw portaalaccount.");
    }
    return context.doNothing();
  }

  private static AuthenticationStatus invalidToken(HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"CRT Portaal\", error=\"invalid_token\"");
    try {
      JsonErrors.write(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "UNAUTHENTICATED",
          "Deze API-sleutel of dit toegangstoken is ongeldig, verlopen of ingetrokken. Maak een"
              + " nieuwe sleutel op de pagina API-sleutels.");
    } catch (java.io.UncheckedIOException e) {
      // The client went away.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The token of an {@code Authorization: Bearer …} header, or null. */
  static String bearerToken(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? null : token;
  }

  static UsernamePasswordCredential basicCredential(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new UsernamePasswordCredential(
        decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static AuthenticationStatus tooManyAttempts(
      HttpServletResponse response, java.time.Duration locked) {
    response.setHeader("Retry-After", Long.toString(locked.toSeconds()));
    JsonErrors.write(
        response,
        429,
        "TOO_MANY_ATTEMPTS",
        "Te veel mislukte aanmeldpogingen. Probeer het over "
            + minutesOrSeconds(locked)
            + " opnieuw.");
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** "45 seconden", "3 minuten". */
  public static String minutesOrSeconds(java.time.Duration d) {
    long seconds = Math.max(1, d.toSeconds());
    return seconds < 90 ? seconds + " seconden" : (seconds + 59) / 60 + " minuten";
  }

  private static AuthenticationStatus unauthorizedJson(
      HttpServletRequest request, HttpServletResponse response, String message) {
    // A browser that gets this challenge asks for a password and then sends it along with every
    // request to the API, also those another site makes it send: browsers are never challenged.
    if (request.getHeader("Sec-Fetch-Mode") == null
        && request.getHeader("Sec-Fetch-Site") == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"CRT Portaal\", charset=\"UTF-8\"");
    }
    try {
      JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", message);
    } catch (java.io.UncheckedIOException e) {
      // The client went away; nothing left to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The path and query of this request within the portal. */
  private static String target(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return target;
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String target = target(request);
    String login = request.getContextPath() + LOGIN_PAGE;
    if ("GET".equals(request.getMethod())) {
      login += "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    } else {
      // A form or upload sent after the session ended: it was not carried out, and the user must
      // know.
      login += "?expired=true";
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An AJAX request after the session expired: tell the JSF client to navigate.
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
      } catch (IOException e) {
        // The client went away.
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    be.vlaanderen.crt.portal.platform.http.RelativeRedirects.send(response, login);
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  /**
   * What the HTTP session remembers of a logged-in caller; {@code validUntil} is the end of an
   * ACM/IDM login (its ID token's expiry), null for a local password.
   */
  record SessionCaller(String name, Set<String> groups, java.time.Instant validUntil)
      implements Serializable {
    boolean expired() {
      return validUntil != null && java.time.Instant.now().isAfter(validUntil);
    }
  }
}
