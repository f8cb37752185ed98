package be.vlaanderen.crt.portal.security.oidc;

import be.vlaanderen.crt.portal.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the portal is registered with ACM/IDM (MicroProfile Config; the secret from the environment
 * as {@code CRT_OIDC_CLIENT_SECRET}). docs/operations.md says what to ask the provider for.
 */
@ApplicationScoped
@jakarta.inject.Named
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "crt.oidc.enabled", defaultValue = "false")
  boolean enabled;

  /** The provider's issuer; its metadata is read from {@code /.well-known/openid-configuration}. */
  @Inject
  @ConfigProperty(name = "crt.oidc.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "crt.oidc.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "crt.oidc.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "crt.oidc.scopes", defaultValue = "openid profile email vo")
  String scopes;

  /**
   * The claim with the portal roles the provider gives, one value per role: {@code role} or, as
   * ACM/IDM's "3D" roles, {@code role:organisation code}.
   */
  @Inject
  @ConfigProperty(name = "crt.oidc.role-claim", defaultValue = "dv_crtportaal_rol_3d")
  String roleClaim;

  /** The claim with the organisation's official code when the role value does not carry it. */
  @Inject
  @ConfigProperty(name = "crt.oidc.organisation-claim", defaultValue = "vo_orgcode")
  String organisationClaim;

  /** Provider role name = portal role, comma separated. */
  @Inject
  @ConfigProperty(
      name = "crt.oidc.roles",
      defaultValue =
          "CrtGemeente=MUNICIPALITY,CrtExpert=REVIEWER,CrtCoordinator=COORDINATOR,CrtStuurgroep=STEERING")
  String roles;

  /** Where the provider sends the browser back; empty: this request's origin + /oidc/callback. */
  @Inject
  @ConfigProperty(name = "crt.oidc.redirect-uri")
  Optional<String> redirectUri;

  /** Local passwords (login form, HTTP Basic): off for a deployment that only uses ACM/IDM. */
  @Inject
  @ConfigProperty(name = "crt.login.local-passwords", defaultValue = "true")
  boolean localPasswords;

  public boolean isEnabled() {
    return enabled && issuer.isPresent() && clientId.isPresent();
  }

  public boolean isLocalPasswords() {
    return localPasswords || !isEnabled();
  }

  public String issuer() {
    return issuer.orElseThrow();
  }

  public String clientId() {
    return clientId.orElseThrow();
  }

  public String clientSecret() {
    return clientSecret.orElse("");
  }

  public List<String> scopes() {
    return List.of(scopes.trim().split("[\\s,]+"));
  }

  public String roleClaim() {
    return roleClaim;
  }

  public String organisationClaim() {
    return organisationClaim;
  }

  public Optional<String> redirectUri() {
    return redirectUri.filter(s -> !s.isBlank());
  }

  /** The provider's role names for each portal role. */
  public Map<String, Role> roleMap() {
    return parseRoles(roles);
  }

  static Map<String, Role> parseRoles(String text) {
    Map<String, Role> map = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        map.put(pair.substring(0, eq).strip(), Role.valueOf(pair.substring(eq + 1).strip()));
      }
    }
    return map;
  }
}
