package be.vlaanderen.crt.portal.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading ACM/IDM's role claims, and where the browser may go after a login. */
class OidcClaimsTest {

  private static OidcLogins logins() {
    OidcSettings settings = new OidcSettings();
    settings.roleClaim = "dv_crtportaal_rol_3d";
    settings.organisationClaim = "vo_orgcode";
    settings.roles =
        "CrtGemeente=MUNICIPALITY, CrtExpert=REVIEWER,CrtCoordinator=COORDINATOR,CrtStuurgroep=STEERING";
    OidcLogins logins = new OidcLogins();
    logins.settings = settings;
    return logins;
  }

  @Test
  void threeDimensionalRolesCarryTheirOrganisation() {
    Map<Role, Set<String>> roles =
        logins()
            .roles(
                Map.of(
                    "dv_crtportaal_rol_3d",
                    List.of("CrtGemeente:41002", "CrtGemeente:31005", "Onbekend:1", "CrtExpert")));
    assertEquals(Set.of("41002", "31005"), roles.get(Role.MUNICIPALITY));
    assertEquals(Set.of(), roles.get(Role.REVIEWER));
    assertEquals(2, roles.size(), "a role name the portal does not know gives nothing");
  }

  @Test
  void aPlainRoleTakesTheOrganisationClaimAndASingleValueIsNoList() {
    Map<Role, Set<String>> roles =
        logins().roles(Map.of("dv_crtportaal_rol_3d", "CrtGemeente", "vo_orgcode", "41002"));
    assertEquals(Map.of(Role.MUNICIPALITY, Set.of("41002")), roles);
  }

  @Test
  void noClaimNoRole() {
    assertTrue(logins().roles(Map.of("email", "a@b.invalid")).isEmpty());
    assertTrue(logins().roles(Map.of("dv_crtportaal_rol_3d", 42)).isEmpty());
  }

  @Test
  void afterTheLoginOnlyAPathOfThePortal() {
    assertEquals(
        "/review/document.xhtml?id=3", OidcRedirects.safeNext("/review/document.xhtml?id=3"));
    for (String elsewhere :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/x",
          "/\\evil.example",
          "evil",
          "/oidc/login"
        }) {
      assertEquals("/index.xhtml", OidcRedirects.safeNext(elsewhere), String.valueOf(elsewhere));
    }
  }
}
