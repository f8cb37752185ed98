package be.vlaanderen.crt.portal.pilot.web;

import be.vlaanderen.crt.portal.pilot.dossier.Dossiers;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers.DossierView;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers.RoleLine;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossier form of {@link DossierPage}: application, audiences, protocol, rights model, OIDC
 * client settings and notes, as typed, with the revision they were read at.
 */
public class DossierForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long municipalityId;
  private String application;
  private String applicationOwner;
  private List<String> audiences = new ArrayList<>();
  private Integer expectedUsers;
  private String protocol = "SAML2";
  private boolean bulkUpload;
  private boolean entitlementScanner;
  private List<RoleRow> roles = new ArrayList<>();
  private boolean publicClient;
  private String redirectUris;
  private String logoutUris;
  private List<String> grantTypes = new ArrayList<>();
  private String pkce;
  private String scopes;
  private String notes;
  private int revision;

  /** One editable row of the rights model. */
  public static final class RoleRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String localRole;
    private String buildingBlockRole;
    private String context;

    public String getLocalRole() {
      return localRole;
    }

    public void setLocalRole(String localRole) {
      this.localRole = localRole;
    }

    public String getBuildingBlockRole() {
      return buildingBlockRole;
    }

    public void setBuildingBlockRole(String buildingBlockRole) {
      this.buildingBlockRole = buildingBlockRole;
    }

    public String getContext() {
      return context;
    }

    public void setContext(String context) {
      this.context = context;
    }
  }

  /** An empty form for a new dossier (of the given municipality, or to be chosen). */
  void startNew(Long municipality) {
    if (roles.isEmpty()) {
      roles.add(new RoleRow());
    }
    if (municipality != null) {
      municipalityId = municipality;
    }
  }

  /** The form as the dossier is now. */
  void fill(DossierView v) {
    municipalityId = v.municipalityId();
    application = v.application();
    applicationOwner = v.applicationOwner();
    audiences = new ArrayList<>(v.audiences());
    expectedUsers = v.expectedUsers();
    protocol = v.protocol();
    bulkUpload = v.bulkUpload();
    entitlementScanner = v.entitlementScanner();
    roles = new ArrayList<>();
    for (RoleLine r : v.roles()) {
      RoleRow row = new RoleRow();
      row.localRole = r.localRole();
      row.buildingBlockRole = r.buildingBlockRole();
      row.context = r.context();
      roles.add(row);
    }
    if (roles.isEmpty()) {
      roles.add(new RoleRow());
    }
    if (v.oidc() != null) {
      publicClient = v.oidc().publicClient();
      redirectUris = String.join("\n", v.oidc().redirectUris());
      logoutUris = String.join("\n", v.oidc().postLogoutRedirectUris());
      grantTypes = new ArrayList<>(v.oidc().grantTypes());
      pkce = v.oidc().pkceMethod();
      scopes = String.join(" ", v.oidc().scopes());
    }
    notes = v.notes();
    revision = v.revision();
  }

  /** What the form sends; {@code id} null for a new dossier. */
  Dossiers.DossierInput input(Long id) {
    List<RoleLine> lines = new ArrayList<>();
    for (RoleRow r : roles) {
      lines.add(new RoleLine(r.localRole, r.buildingBlockRole, r.context));
    }
    Dossiers.OidcSettings oidc =
        "SAML2".equals(protocol)
            ? null
            : new Dossiers.OidcSettings(
                publicClient,
                Dossiers.split(redirectUris, "\n"),
                Dossiers.split(logoutUris, "\n"),
                grantTypes,
                pkce,
                Dossiers.split(scopes, " "));
    return new Dossiers.DossierInput(
        municipalityId,
        application,
        applicationOwner,
        audiences,
        be.vlaanderen.crt.portal.platform.WholeNumbers.from(expectedUsers),
        protocol,
        bulkUpload,
        entitlementScanner,
        lines,
        oidc,
        notes,
        id == null ? null : revision);
  }

  void addRole() {
    roles.add(new RoleRow());
  }

  void removeRole(RoleRow row) {
    roles.remove(row);
    if (roles.isEmpty()) {
      roles.add(new RoleRow());
    }
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public void setMunicipalityId(Long municipalityId) {
    this.municipalityId = municipalityId;
  }

  public String getApplication() {
    return application;
  }

  public void setApplication(String application) {
    this.application = application;
  }

  public String getApplicationOwner() {
    return applicationOwner;
  }

  public void setApplicationOwner(String applicationOwner) {
    this.applicationOwner = applicationOwner;
  }

  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public Integer getExpectedUsers() {
    return expectedUsers;
  }

  public void setExpectedUsers(Integer expectedUsers) {
    this.expectedUsers = expectedUsers;
  }

  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public boolean isBulkUpload() {
    return bulkUpload;
  }

  public void setBulkUpload(boolean bulkUpload) {
    this.bulkUpload = bulkUpload;
  }

  public boolean isEntitlementScanner() {
    return entitlementScanner;
  }

  public void setEntitlementScanner(boolean entitlementScanner) {
    this.entitlementScanner = entitlementScanner;
  }

  public List<RoleRow> getRoles() {
    return roles;
  }

  public boolean isPublicClient() {
    return publicClient;
  }

  public void setPublicClient(boolean publicClient) {
    this.publicClient = publicClient;
  }

  public String getRedirectUris() {
    return redirectUris;
  }

  public void setRedirectUris(String redirectUris) {
    this.redirectUris = redirectUris;
  }

  public String getLogoutUris() {
    return logoutUris;
  }

  public void setLogoutUris(String logoutUris) {
    this.logoutUris = logoutUris;
  }

  public List<String> getGrantTypes() {
    return grantTypes;
  }

  public void setGrantTypes(List<String> grantTypes) {
    this.grantTypes = grantTypes;
  }

  public String getPkce() {
    return pkce;
  }

  public void setPkce(String pkce) {
    this.pkce = pkce;
  }

  public String getScopes() {
    return scopes;
  }

  public void setScopes(String scopes) {
    this.scopes = scopes;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  /** After a status move the dossier's revision moved on; the typed form stays. */
  void setRevision(int revision) {
    this.revision = revision;
  }
}
