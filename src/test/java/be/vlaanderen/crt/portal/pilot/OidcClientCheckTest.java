package be.vlaanderen.crt.portal.pilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.pilot.Finding.Severity;
import be.vlaanderen.crt.portal.pilot.OidcClientCheck.Client;
import be.vlaanderen.crt.portal.pilot.OidcClientCheck.Environment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OIDC client rules, one by one, with the good case first. */
class OidcClientCheckTest {

  private static List<String> errors(Client client) {
    return OidcClientCheck.check(client).stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(Finding::code)
        .toList();
  }

  private static Client confidential(Environment env, List<String> redirects) {
    return new Client(
        env,
        false,
        redirects,
        List.of("https://loket.gemeente.example/uitgelogd"),
        List.of("authorization_code"),
        null,
        List.of("openid", "profile"));
  }

  @Test
  void aWellConfiguredClientHasNoErrors() {
    List<Finding> findings =
        OidcClientCheck.check(
            confidential(Environment.PRD, List.of("https://loket.gemeente.example/callback")));
    assertEquals(List.of(), findings.stream().filter(f -> f.severity() != Severity.INFO).toList());
    assertTrue(findings.get(0).message().contains("openid profile"));
  }

  @Test
  void redirectUrisMustBeAbsoluteHttpsWithoutWildcards() {
    assertEquals(
        List.of("URI_NOT_HTTPS"),
        errors(confidential(Environment.PRD, List.of("http://loket.gemeente.example/callback"))));
    assertEquals(
        List.of("URI_WILDCARD"),
        errors(confidential(Environment.PRD, List.of("https://*.gemeente.example/callback"))));
    assertEquals(
        List.of("URI_NOT_ABSOLUTE"), errors(confidential(Environment.PRD, List.of("/callback"))));
    assertEquals(
        List.of("URI_FRAGMENT"),
        errors(confidential(Environment.PRD, List.of("https://a.example/cb#x"))));
    assertEquals(
        List.of("URI_INVALID"), errors(confidential(Environment.PRD, List.of("https://a b"))));
  }

  @Test
  void localhostIsForTheTestEnvironmentOnly() {
    assertEquals(
        List.of(), errors(confidential(Environment.TI, List.of("http://localhost:8080/callback"))));
    assertEquals(
        List.of("LOCALHOST_ON_PRD"),
        errors(confidential(Environment.PRD, List.of("http://localhost:8080/callback"))));
  }

  @Test
  void grantTypesAndPkceFollowTheClientType() {
    Client implicit =
        new Client(
            Environment.PRD,
            false,
            List.of("https://a.example/cb"),
            List.of(),
            List.of("implicit"),
            null,
            List.of("openid"));
    assertEquals(List.of("GRANT_NOT_ALLOWED"), errors(implicit));
    Client spa =
        new Client(
            Environment.PRD,
            true,
            List.of("https://a.example/cb"),
            List.of(),
            List.of("authorization_code"),
            null,
            List.of("openid"));
    assertEquals(List.of("PKCE_REQUIRED"), errors(spa));
    Client plain =
        new Client(
            Environment.PRD,
            true,
            List.of("https://a.example/cb"),
            List.of(),
            List.of("authorization_code"),
            "plain",
            List.of("openid"));
    assertEquals(List.of("PKCE_REQUIRED"), errors(plain));
    Client good =
        new Client(
            Environment.PRD,
            true,
            List.of("https://a.example/cb"),
            List.of(),
            List.of("authorization_code"),
            "S256",
            List.of("openid"));
    assertEquals(List.of(), errors(good));
    Client machine =
        new Client(
            Environment.PRD,
            true,
            List.of(),
            List.of(),
            List.of("client_credentials"),
            "S256",
            List.of("api"));
    assertEquals(List.of("PUBLIC_CLIENT_CREDENTIALS"), errors(machine));
    Client noOpenId =
        new Client(
            Environment.PRD,
            false,
            List.of("https://a.example/cb"),
            List.of(),
            List.of("authorization_code"),
            null,
            List.of("profile"));
    assertTrue(
        OidcClientCheck.check(noOpenId).stream().anyMatch(f -> f.code().equals("NO_OPENID_SCOPE")));
  }
}
