package be.vlaanderen.crt.portal.pilot.dossier;

import be.vlaanderen.crt.portal.pilot.dossier.Dossiers.DossierInput;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers.OidcSettings;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers.RoleLine;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The checks of a dossier's input, field by field, each giving the value as stored or refusing it:
 * {@link Dossiers} stops at the first refusal when it applies the input, the input's {@code
 * reasonsToRefuse()} (Bean Validation) collects them all.
 */
final class DossierFields {

  private DossierFields() {}

  static String application(DossierInput in) {
    return Inputs.required(in.application(), 200, "pilot.dossier.applicationRequired");
  }

  static String owner(DossierInput in) {
    return Inputs.required(in.applicationOwner(), 200, "pilot.dossier.ownerRequired");
  }

  static List<String> audiences(DossierInput in) {
    List<String> audiences = new ArrayList<>();
    for (String a : in.audiences() == null ? List.<String>of() : in.audiences()) {
      try {
        audiences.add(Audience.valueOf(a).name());
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidInputException("pilot.dossier.audienceUnknown", String.valueOf(a));
      }
    }
    if (audiences.isEmpty()) {
      throw new InvalidInputException("pilot.dossier.audienceRequired");
    }
    return audiences;
  }

  static Integer expectedUsers(DossierInput in) {
    Integer expectedUsers =
        be.vlaanderen.crt.portal.platform.WholeNumbers.of(
            in.expectedUsers(), "pilot.dossier.expectedUsersInvalid");
    if (expectedUsers != null && (expectedUsers < 0 || expectedUsers > 10_000_000)) {
      throw new InvalidInputException("pilot.dossier.expectedUsersInvalid");
    }
    return expectedUsers;
  }

  static String protocol(DossierInput in) {
    try {
      return Protocol.valueOf(String.valueOf(in.protocol())).name();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("pilot.dossier.protocolUnknown");
    }
  }

  /** The rights model's rows that say something: local role, building-block role, context. */
  static List<String[]> roleRows(DossierInput in) {
    List<RoleLine> roles = in.roles() == null ? List.of() : in.roles();
    if (roles.size() > Dossiers.MAX_ROLES) {
      throw new InvalidInputException("pilot.dossier.tooManyRoles", Dossiers.MAX_ROLES);
    }
    List<String[]> rows = new ArrayList<>();
    for (RoleLine r : roles) {
      if (r == null
          || (blank(r.localRole()) && blank(r.buildingBlockRole()) && blank(r.context()))) {
        continue;
      }
      rows.add(
          new String[] {
            Inputs.required(r.localRole(), 120, "pilot.dossier.roleRequired"),
            Inputs.required(r.buildingBlockRole(), 200, "pilot.dossier.roleMappingRequired"),
            Inputs.optional(r.context(), 200)
          });
    }
    return rows;
  }

  /** The OIDC settings that count: none for SAML. */
  static OidcSettings oidcOf(DossierInput in, String protocol) {
    return "SAML2".equals(protocol) ? null : in.oidc();
  }

  /** Redirect URIs, logout URIs, grant types, PKCE method, scopes as stored (null without OIDC). */
  static String[] oidcFields(OidcSettings o) {
    if (o == null) {
      return new String[5];
    }
    return new String[] {
      joined(o.redirectUris(), "\n", 4000),
      joined(o.postLogoutRedirectUris(), "\n", 4000),
      joined(o.grantTypes(), " ", 400),
      Inputs.optional(o.pkceMethod(), 20),
      joined(o.scopes(), " ", 400)
    };
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String joined(List<String> values, String sep, int max) {
    if (values == null) {
      return null;
    }
    String joined =
        values.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .collect(Collectors.joining(sep));
    if (joined.length() > max) {
      throw new InvalidInputException("pilot.tooLong", max);
    }
    return joined.isEmpty() ? null : joined;
  }
}
