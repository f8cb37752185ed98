package be.vlaanderen.crt.portal.pilot.dossier;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.pilot.Finding;
import be.vlaanderen.crt.portal.pilot.OidcClientCheck;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Integration dossiers: the list and the structured form (application, audiences, protocol, rights
 * model, OIDC client settings). The rest of a dossier has its own service: {@link DossierAccess}
 * (who may do what), {@link IntegrationStatuses}, {@link DossierAttachments}, {@link TestPlans} and
 * {@link TroubleshootingLog}.
 */
@ApplicationScoped
public class Dossiers {

  private static final Logger LOG = Logger.getLogger(Dossiers.class.getName());

  static final int MAX_ROLES = 50;

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject AccessPolicy access;

  @Inject DossierAccess rights;

  @Inject IntegrationStatuses integrationStatuses;

  /** One line of the rights model. */
  public record RoleLine(String localRole, String buildingBlockRole, String context)
      implements Serializable {}

  /** The OIDC/OAuth client settings. */
  public record OidcSettings(
      boolean publicClient,
      List<String> redirectUris,
      List<String> postLogoutRedirectUris,
      List<String> grantTypes,
      String pkceMethod,
      List<String> scopes)
      implements Serializable {}

  /** What the form sends; {@code revision} is the one the change was based on (null on create). */
  @be.vlaanderen.crt.portal.platform.ValidInput
  public record DossierInput(
      Long municipalityId,
      String application,
      String applicationOwner,
      List<String> audiences,
      java.math.BigDecimal expectedUsers,
      String protocol,
      boolean bulkUpload,
      boolean entitlementScanner,
      List<RoleLine> roles,
      OidcSettings oidc,
      String notes,
      Integer revision)
      implements be.vlaanderen.crt.portal.platform.CheckedInput {

    /** Every reason {@link Dossiers#create} and {@link Dossiers#update} would refuse it for. */
    @Override
    public List<InvalidInputException> reasonsToRefuse() {
      return new Reasons()
          .check(() -> DossierFields.application(this))
          .check(() -> DossierFields.owner(this))
          .check(() -> DossierFields.audiences(this))
          .check(() -> DossierFields.expectedUsers(this))
          .check(() -> DossierFields.roleRows(this))
          .check(
              () -> {
                OidcSettings o = DossierFields.oidcOf(this, DossierFields.protocol(this));
                DossierFields.oidcFields(o);
              })
          .check(() -> Inputs.optional(notes, 4000))
          .list();
    }
  }

  /** A dossier in lists. */
  public record DossierRow(
      long id,
      long municipalityId,
      String municipality,
      String group,
      String application,
      String protocol,
      Map<String, IntegrationState> status,
      Instant updatedAt)
      implements Serializable {}

  /** A dossier, whole. */
  public record DossierView(
      long id,
      long municipalityId,
      String municipality,
      String group,
      String application,
      String applicationOwner,
      List<String> audiences,
      Integer expectedUsers,
      String protocol,
      boolean bulkUpload,
      boolean entitlementScanner,
      List<RoleLine> roles,
      OidcSettings oidc,
      String notes,
      int revision,
      Instant updatedAt,
      String updatedBy,
      List<IntegrationStatuses.StatusView> statuses,
      List<Finding> oidcFindingsTi,
      List<Finding> oidcFindingsPrd)
      implements Serializable {}

  // ---------------------------------------------------------------- lists

  /**
   * The dossiers the account may see, optionally only those that succeeded on one environment
   * ({@code succeeded} like "ACM_TI"), of one group (number) or of one municipality.
   */
  public List<DossierRow> list(
      UserAccount account, String succeeded, Integer group, Long municipalityId) {
    List<Long> visible = access.visibleMunicipalityIds(account);
    if (visible.isEmpty()) {
      return List.of();
    }
    List<IntegrationDossier> dossiers =
        em.createQuery(
                "SELECT d FROM IntegrationDossier d WHERE d.municipality.id IN :m"
                    + " ORDER BY d.municipality.name, d.application",
                IntegrationDossier.class)
            .setParameter("m", visible)
            .getResultList();
    Map<Long, Map<String, IntegrationState>> states = statesOf(dossiers);
    Map<Long, String[]> groups = groups();
    String[] key = succeeded == null || succeeded.isBlank() ? null : parseKey(succeeded);
    List<DossierRow> rows = new ArrayList<>();
    for (IntegrationDossier d : dossiers) {
      long m = d.getMunicipality().getId();
      String[] g = groups.get(m);
      if (municipalityId != null && municipalityId != m) {
        continue;
      }
      if (group != null && (g == null || !g[0].equals(group.toString()))) {
        continue;
      }
      Map<String, IntegrationState> s = states.get(d.getId());
      if (key != null && s.get(key[0] + "_" + key[1]) != IntegrationState.SUCCEEDED) {
        continue;
      }
      rows.add(
          new DossierRow(
              d.getId(),
              m,
              d.getMunicipality().getName(),
              g == null ? null : g[1],
              d.getApplication(),
              d.getProtocol(),
              s,
              d.getUpdatedAt()));
    }
    return rows;
  }

  static String[] parseKey(String key) {
    String[] parts = key.toUpperCase(Locale.ROOT).split("_");
    try {
      if (parts.length == 2) {
        Block.valueOf(parts[0]);
        Env.valueOf(parts[1]);
        return parts;
      }
    } catch (IllegalArgumentException e) {
      // falls through
    }
    throw new InvalidInputException("pilot.status.unknownEnvironment", key);
  }

  private Map<Long, Map<String, IntegrationState>> statesOf(List<IntegrationDossier> dossiers) {
    Map<Long, Map<String, IntegrationState>> result = new HashMap<>();
    for (IntegrationDossier d : dossiers) {
      Map<String, IntegrationState> s = new LinkedHashMap<>();
      for (Block b : Block.values()) {
        for (Env e : Env.values()) {
          s.put(b + "_" + e, IntegrationState.NOT_STARTED);
        }
      }
      result.put(d.getId(), s);
    }
    if (!dossiers.isEmpty()) {
      em.createQuery(
              "SELECT s FROM IntegrationStatus s WHERE s.dossierId IN :d", IntegrationStatus.class)
          .setParameter("d", dossiers.stream().map(IntegrationDossier::getId).toList())
          .getResultList()
          .forEach(
              s ->
                  result
                      .get(s.getDossierId())
                      .put(s.getBlock() + "_" + s.getEnvironment(), s.getState()));
    }
    return result;
  }

  /** Municipality id → {group number, group name}. */
  private Map<Long, String[]> groups() {
    Map<Long, String[]> result = new HashMap<>();
    em.createQuery(
            "SELECT a.municipality.id, g.number, g.name FROM PilotApplication a JOIN a.group g",
            Object[].class)
        .getResultList()
        .forEach(r -> result.put((Long) r[0], new String[] {r[1].toString(), (String) r[2]}));
    return result;
  }

  // ---------------------------------------------------------------- one dossier

  /** The dossier for someone who may work on it. */
  public DossierView view(UserAccount account, long dossierId) {
    IntegrationDossier d = rights.readable(account, dossierId);
    Map<Long, String[]> groups = groups();
    String[] g = groups.get(d.getMunicipality().getId());
    List<IntegrationStatuses.StatusView> statuses = integrationStatuses.statuses(d.getId());
    OidcSettings oidc = oidcOf(d);
    boolean checksOidc = !"SAML2".equals(d.protocol) && oidc != null;
    return new DossierView(
        d.getId(),
        d.getMunicipality().getId(),
        d.getMunicipality().getName(),
        g == null ? null : g[1],
        d.application,
        d.applicationOwner,
        split(d.audiences, ","),
        d.expectedUsers,
        d.protocol,
        d.bulkUpload,
        d.entitlementScanner,
        d.roles.stream()
            .map(r -> new RoleLine(r.localRole, r.buildingBlockRole, r.context))
            .toList(),
        oidc,
        d.notes,
        d.revision,
        d.updatedAt,
        d.updatedBy,
        statuses,
        checksOidc
            ? OidcClientCheck.check(client(oidc, OidcClientCheck.Environment.TI))
            : List.of(),
        checksOidc
            ? OidcClientCheck.check(client(oidc, OidcClientCheck.Environment.PRD))
            : List.of());
  }

  private static OidcClientCheck.Client client(OidcSettings o, OidcClientCheck.Environment env) {
    return new OidcClientCheck.Client(
        env,
        o.publicClient(),
        o.redirectUris(),
        o.postLogoutRedirectUris(),
        o.grantTypes(),
        o.pkceMethod(),
        o.scopes());
  }

  private static OidcSettings oidcOf(IntegrationDossier d) {
    if (d.oidcRedirectUris == null
        && d.oidcGrantTypes == null
        && d.oidcScopes == null
        && d.oidcLogoutUris == null) {
      return null;
    }
    return new OidcSettings(
        d.oidcPublicClient,
        split(d.oidcRedirectUris, "\n"),
        split(d.oidcLogoutUris, "\n"),
        split(d.oidcGrantTypes, " "),
        d.oidcPkce,
        split(d.oidcScopes, " "));
  }

  /** The items of a list typed as text: lines ("\n") or words (" ", commas too). */
  public static List<String> split(String s, String sep) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return Arrays.stream(s.split(sep.equals(" ") ? "[\\s,]+" : sep))
        .map(String::strip)
        .filter(x -> !x.isEmpty())
        .toList();
  }

  /** Creates a dossier for a selected municipality. */
  @Transactional
  public long create(UserAccount account, @jakarta.validation.Valid DossierInput in) {
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    long municipalityId =
        account.getRole() == Role.MUNICIPALITY
            ? account.getMunicipality().getId()
            : Objects.requireNonNullElse(in.municipalityId(), -1L);
    if (account.getRole() == Role.STEERING) {
      throw new NotPermittedException("The steering committee reads only");
    }
    if (!access.mayReadDocuments(account, municipalityId)) {
      throw new NotVisibleException("Municipality " + municipalityId);
    }
    Municipality m = em.find(Municipality.class, municipalityId);
    boolean selected =
        !em.createQuery(
                "SELECT a.id FROM PilotApplication a WHERE a.municipality.id = :m AND a.decision = :d",
                Long.class)
            .setParameter("m", municipalityId)
            .setParameter("d", Decision.SELECTED)
            .getResultList()
            .isEmpty();
    if (m == null || !selected) {
      throw new InvalidInputException("pilot.dossier.notSelected");
    }
    Instant now = Instant.now();
    IntegrationDossier d = new IntegrationDossier(m, now, account.getUsername());
    apply(d, in);
    requireUniqueApplication(d, municipalityId);
    em.persist(d);
    em.flush();
    for (Block b : Block.values()) {
      for (Env e : Env.values()) {
        em.persist(new IntegrationStatus(d.getId(), b, e, now));
      }
    }
    audit.recordFor(
        municipalityId,
        account.getUsername(),
        "DOSSIER_CREATED",
        "IntegrationDossier",
        d.getId(),
        d.application + " (" + d.protocol + ")");
    return d.getId();
  }

  private void requireUniqueApplication(IntegrationDossier d, long municipalityId) {
    boolean clash =
        em
            .createQuery(
                "SELECT d.id FROM IntegrationDossier d WHERE d.municipality.id = :m AND d.application = :a",
                Long.class)
            .setParameter("m", municipalityId)
            .setParameter("a", d.application)
            .getResultList()
            .stream()
            .anyMatch(id -> !id.equals(d.getId()));
    if (clash) {
      throw new InvalidInputException("pilot.dossier.duplicate", d.application);
    }
  }

  /**
   * Saves a change; refused with 409 when someone saved in between (the revision moved on).
   *
   * @return the new revision
   */
  @Transactional
  public int update(
      UserAccount account, long dossierId, @jakarta.validation.Valid DossierInput in) {
    IntegrationDossier d = rights.readable(account, dossierId);
    em.lock(d, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(d);
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    if (in.revision() == null || in.revision() != d.revision) {
      throw new ConflictException("pilot.dossier.changedMeanwhile", d.updatedBy);
    }
    String before = summary(d);
    apply(d, in);
    requireUniqueApplication(d, d.getMunicipality().getId());
    String after = summary(d);
    d.touch(Instant.now(), account.getUsername());
    audit.recordFor(
        d.getMunicipality().getId(),
        account.getUsername(),
        "DOSSIER_CHANGED",
        "IntegrationDossier",
        d.getId(),
        changes(before, after));
    return d.revision;
  }

  /** The fields that differ, for the audit trail: "protocol: SAML2 → OIDC; roles: 2 → 3". */
  static String changes(String before, String after) {
    String[] a = before.split("\u0001");
    String[] b = after.split("\u0001");
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        String name = a[i].substring(0, a[i].indexOf('='));
        diffs.add(
            name
                + ": "
                + a[i].substring(name.length() + 1)
                + " → "
                + b[i].substring(name.length() + 1));
      }
    }
    String text = diffs.isEmpty() ? "no changes" : String.join("; ", diffs);
    return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
  }

  private static String summary(IntegrationDossier d) {
    return String.join(
        "\u0001",
        "application=" + d.application,
        "owner=" + d.applicationOwner,
        "audiences=" + d.audiences,
        "expectedUsers=" + d.expectedUsers,
        "protocol=" + d.protocol,
        "bulkUpload=" + d.bulkUpload,
        "entitlementScanner=" + d.entitlementScanner,
        "roles="
            + d.roles.stream()
                .map(r -> r.localRole + ">" + r.buildingBlockRole + "@" + r.context)
                .collect(Collectors.joining(",")),
        "oidc="
            + d.oidcPublicClient
            + "|"
            + d.oidcRedirectUris
            + "|"
            + d.oidcLogoutUris
            + "|"
            + d.oidcGrantTypes
            + "|"
            + d.oidcPkce
            + "|"
            + d.oidcScopes,
        "notes=" + (d.notes == null ? "" : d.notes.length() + " chars"));
  }

  private static void apply(IntegrationDossier d, DossierInput in) {
    String application = DossierFields.application(in);
    String owner = DossierFields.owner(in);
    List<String> audiences = DossierFields.audiences(in);
    Integer expectedUsers = DossierFields.expectedUsers(in);
    String protocol = DossierFields.protocol(in);
    List<String[]> rows = DossierFields.roleRows(in);
    OidcSettings o = DossierFields.oidcOf(in, protocol);
    String[] oidc = DossierFields.oidcFields(o);
    d.assign(
        application,
        owner,
        audiences.stream().distinct().collect(Collectors.joining(",")),
        expectedUsers,
        protocol,
        in.bulkUpload(),
        in.entitlementScanner(),
        o != null && o.publicClient(),
        oidc[0],
        oidc[1],
        oidc[2],
        oidc[3],
        oidc[4],
        Inputs.optional(in.notes(), 4000));
    d.replaceRoles(rows);
  }
}
