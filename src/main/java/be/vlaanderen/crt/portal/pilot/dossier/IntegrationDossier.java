package be.vlaanderen.crt.portal.pilot.dossier;

import be.vlaanderen.crt.portal.organisation.Municipality;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The integration dossier of one application of one municipality. */
@Entity
@Table(name = "integration_dossier")
public class IntegrationDossier {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id", updatable = false)
  private Municipality municipality;

  String application;

  @Column(name = "application_owner")
  String applicationOwner;

  /** Comma-separated {@link Audience} names. */
  String audiences;

  @Column(name = "expected_users")
  Integer expectedUsers;

  String protocol;

  @Column(name = "bulk_upload")
  boolean bulkUpload;

  @Column(name = "entitlement_scanner")
  boolean entitlementScanner;

  @Column(name = "oidc_public_client")
  boolean oidcPublicClient;

  @Column(name = "oidc_redirect_uris")
  String oidcRedirectUris;

  @Column(name = "oidc_logout_uris")
  String oidcLogoutUris;

  @Column(name = "oidc_grant_types")
  String oidcGrantTypes;

  @Column(name = "oidc_pkce")
  String oidcPkce;

  @Column(name = "oidc_scopes")
  String oidcScopes;

  String notes;

  /** Increases with every saved change; a save based on an older revision is refused. */
  int revision;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  @Column(name = "updated_by")
  String updatedBy;

  @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  List<DossierRole> roles = new ArrayList<>();

  protected IntegrationDossier() {}

  IntegrationDossier(Municipality municipality, Instant createdAt, String by) {
    this.municipality = municipality;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.updatedBy = by;
  }

  /** Sets the form's fields (through the entity, so the change is tracked). */
  void assign(
      String application,
      String applicationOwner,
      String audiences,
      Integer expectedUsers,
      String protocol,
      boolean bulkUpload,
      boolean entitlementScanner,
      boolean oidcPublicClient,
      String oidcRedirectUris,
      String oidcLogoutUris,
      String oidcGrantTypes,
      String oidcPkce,
      String oidcScopes,
      String notes) {
    this.application = application;
    this.applicationOwner = applicationOwner;
    this.audiences = audiences;
    this.expectedUsers = expectedUsers;
    this.protocol = protocol;
    this.bulkUpload = bulkUpload;
    this.entitlementScanner = entitlementScanner;
    this.oidcPublicClient = oidcPublicClient;
    this.oidcRedirectUris = oidcRedirectUris;
    this.oidcLogoutUris = oidcLogoutUris;
    this.oidcGrantTypes = oidcGrantTypes;
    this.oidcPkce = oidcPkce;
    this.oidcScopes = oidcScopes;
    this.notes = notes;
  }

  /** Replaces the rights model: rows of {local role, building-block role, context}. */
  void replaceRoles(List<String[]> rows) {
    roles.clear();
    int position = 0;
    for (String[] r : rows) {
      roles.add(new DossierRole(this, ++position, r[0], r[1], r[2]));
    }
  }

  /** A saved change: the next revision, by whom and when. */
  void touch(Instant at, String by) {
    this.revision++;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public String getApplication() {
    return application;
  }

  public int getRevision() {
    return revision;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getProtocol() {
    return protocol;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
