package be.vlaanderen.crt.portal.pilot;

import be.vlaanderen.crt.portal.pilot.Finding.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the OIDC/OAuth 2.0 client settings of an application: redirect and post-logout URIs
 * absolute HTTPS without wildcards (localhost only on T&amp;I), grant types among
 * authorization_code and client_credentials, PKCE with S256 for public clients, and the scopes
 * listed.
 */
public final class OidcClientCheck {

  static final Set<String> GRANTS = Set.of("authorization_code", "client_credentials");

  /** Where the client is registered. */
  public enum Environment {
    TI,
    PRD
  }

  /**
   * The settings as the dossier holds them.
   *
   * @param publicClient no client secret (a single-page or mobile app)
   * @param pkceMethod "S256", "plain" or null
   */
  public record Client(
      Environment environment,
      boolean publicClient,
      List<String> redirectUris,
      List<String> postLogoutRedirectUris,
      List<String> grantTypes,
      String pkceMethod,
      List<String> scopes) {}

  private OidcClientCheck() {}

  public static List<Finding> check(Client client) {
    List<Finding> findings = new ArrayList<>();
    List<String> redirects = client.redirectUris() == null ? List.of() : client.redirectUris();
    List<String> grants = client.grantTypes() == null ? List.of() : client.grantTypes();
    if (redirects.isEmpty() && grants.contains("authorization_code")) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "NO_REDIRECT_URI",
              0,
              "Er is geen redirect-URI opgegeven voor de authorization code flow."));
    }
    for (String uri : redirects) {
      uri(uri, "redirect-URI", client.environment(), findings);
    }
    for (String uri :
        client.postLogoutRedirectUris() == null
            ? List.<String>of()
            : client.postLogoutRedirectUris()) {
      uri(uri, "post-logout-redirect-URI", client.environment(), findings);
    }
    if (grants.isEmpty()) {
      findings.add(
          new Finding(Severity.ERROR, "NO_GRANT_TYPE", 0, "Er is geen grant type opgegeven."));
    }
    for (String grant : grants) {
      if (!GRANTS.contains(grant)) {
        findings.add(
            new Finding(
                Severity.ERROR,
                "GRANT_NOT_ALLOWED",
                0,
                "Grant type \u201e"
                    + grant
                    + "\u201d is niet toegelaten; gebruik authorization_code of client_credentials."));
      }
    }
    if (client.publicClient()) {
      if (grants.contains("client_credentials")) {
        findings.add(
            new Finding(
                Severity.ERROR,
                "PUBLIC_CLIENT_CREDENTIALS",
                0,
                "Een publieke client (zonder geheim) kan client_credentials niet gebruiken."));
      }
      if (!"S256".equals(client.pkceMethod())) {
        findings.add(
            new Finding(
                Severity.ERROR,
                "PKCE_REQUIRED",
                0,
                "Een publieke client gebruikt PKCE met S256"
                    + (client.pkceMethod() == null
                        ? "; er is geen PKCE opgegeven."
                        : ", niet \u201e" + client.pkceMethod() + "\u201d.")));
      }
    }
    List<String> scopes = client.scopes() == null ? List.of() : client.scopes();
    if (scopes.isEmpty()) {
      findings.add(new Finding(Severity.WARNING, "NO_SCOPES", 0, "Er zijn geen scopes opgegeven."));
    } else {
      if (grants.contains("authorization_code") && !scopes.contains("openid")) {
        findings.add(
            new Finding(
                Severity.WARNING,
                "NO_OPENID_SCOPE",
                0,
                "De scope openid ontbreekt: zonder openid is het OAuth 2.0, geen OpenID Connect."));
      }
      findings.add(
          new Finding(Severity.INFO, "SCOPES", 0, "Gevraagde scopes: " + String.join(" ", scopes)));
    }
    return findings;
  }

  private static void uri(
      String value, String what, Environment environment, List<Finding> findings) {
    if (value == null || value.isBlank()) {
      findings.add(new Finding(Severity.ERROR, "URI_EMPTY", 0, "Een " + what + " is leeg."));
      return;
    }
    if (value.contains("*")) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "URI_WILDCARD",
              0,
              "De "
                  + what
                  + " \u201e"
                  + value
                  + "\u201d bevat een wildcard; geef elke URI volledig op."));
      return;
    }
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "URI_INVALID",
              0,
              "De " + what + " \u201e" + value + "\u201d is geen geldige URI."));
      return;
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "URI_NOT_ABSOLUTE",
              0,
              "De " + what + " \u201e" + value + "\u201d is niet absoluut."));
      return;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    if (local) {
      if (environment != Environment.TI) {
        findings.add(
            new Finding(
                Severity.ERROR,
                "LOCALHOST_ON_PRD",
                0,
                "De "
                    + what
                    + " \u201e"
                    + value
                    + "\u201d wijst naar localhost; dat mag alleen op T&I."));
      }
      return;
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "URI_NOT_HTTPS",
              0,
              "De " + what + " \u201e" + value + "\u201d gebruikt geen HTTPS."));
    }
    if (uri.getFragment() != null) {
      findings.add(
          new Finding(
              Severity.ERROR,
              "URI_FRAGMENT",
              0,
              "De " + what + " \u201e" + value + "\u201d bevat een fragment (#)."));
    }
  }
}
