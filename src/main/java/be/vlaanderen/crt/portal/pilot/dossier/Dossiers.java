package be.vlaanderen.crt.portal.pilot.dossier;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.documents.DocumentIntake;
import be.vlaanderen.crt.portal.documents.RecordingFailedException;
import be.vlaanderen.crt.portal.extraction.DocumentType;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.pilot.Finding;
import be.vlaanderen.crt.portal.pilot.OidcClientCheck;
import be.vlaanderen.crt.portal.pilot.SamlMetadataCheck;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.programme.Track;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.VersionListener;
import be.vlaanderen.crt.portal.submission.internal.VersionRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Integration dossiers: the structured form with its rights model, attachments (object storage,
 * versions, review remarks like every document; SAML metadata checked on upload), the status per
 * building block and environment, the test plan and troubleshooting.
 *
 * <p>Rights: the municipality's own contact persons, the analysts assigned to it and coordinators
 * read and fill a dossier; only analysts and coordinators move its status; the steering committee
 * sees the list (for the KPIs), not the content.
 */
@ApplicationScoped
public class Dossiers {

  private static final Logger LOG = Logger.getLogger(Dossiers.class.getName());

  static final int MAX_ROLES = 50;

  /** Metadata codes that make a file unusable as metadata: refused, nothing stored. */
  static final Set<String> UNUSABLE = Set.of("EMPTY", "TOO_LARGE", "NOT_XML", "NOT_METADATA");

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject AccessPolicy access;

  @Inject DocumentIntake intake;

  @Inject VersionRecorder recorder;

  @Inject ObjectStore store;

  @Inject Instance<VersionListener> versionListeners;

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
      Integer revision) {}

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

  /** Status of one building block on one environment, with the moves it allows. */
  public record StatusView(
      String key,
      Block block,
      Env environment,
      IntegrationState state,
      Instant since,
      List<IntegrationState> allowed)
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
      List<StatusView> statuses,
      List<Finding> oidcFindingsTi,
      List<Finding> oidcFindingsPrd)
      implements Serializable {}

  /** The latest version of an attachment slot. */
  public record AttachmentView(
      long submissionId,
      String kind,
      long versionId,
      int version,
      String fileName,
      long size,
      String mediaType,
      Instant uploadedAt,
      String uploadedBy,
      List<Finding> findings)
      implements Serializable {}

  /** What an upload did. */
  public record Attached(
      long submissionId, long versionId, int version, String fileName, List<Finding> findings) {}

  /** One case of the test plan on one environment. */
  public record TestRow(
      long caseId,
      String code,
      String title,
      String description,
      TestResult.Outcome outcome,
      String note,
      Instant testedAt,
      String testedBy,
      Long evidenceVersionId,
      String evidenceName,
      Long evidenceSubmissionId)
      implements Serializable {}

  /** A recorded status move. */
  public record TransitionView(
      String key, IntegrationState from, IntegrationState to, Instant at, String actor, String note)
      implements Serializable {}

  /** A troubleshooting session. */
  public record TroubleView(long id, LocalDate heldOn, String problem, String resolution, String by)
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
    IntegrationDossier d = readable(account, dossierId);
    Map<Long, String[]> groups = groups();
    String[] g = groups.get(d.getMunicipality().getId());
    List<StatusView> statuses = statuses(d.getId());
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

  private List<StatusView> statuses(long dossierId) {
    Map<String, IntegrationStatus> byKey = new HashMap<>();
    em.createQuery(
            "SELECT s FROM IntegrationStatus s WHERE s.dossierId = :d", IntegrationStatus.class)
        .setParameter("d", dossierId)
        .getResultList()
        .forEach(s -> byKey.put(s.getBlock() + "_" + s.getEnvironment(), s));
    List<StatusView> views = new ArrayList<>();
    for (Block b : Block.values()) {
      for (Env e : Env.values()) {
        IntegrationStatus s = byKey.get(b + "_" + e);
        IntegrationState state = s == null ? IntegrationState.NOT_STARTED : s.getState();
        IntegrationStatus ti = byKey.get(b + "_" + Env.TI);
        IntegrationState tiState = ti == null ? IntegrationState.NOT_STARTED : ti.getState();
        IntegrationStatus prd = byKey.get(b + "_" + Env.PRD);
        IntegrationState prdState = prd == null ? IntegrationState.NOT_STARTED : prd.getState();
        List<IntegrationState> allowed =
            state.next().stream()
                .filter(to -> StatusRules.refusal(e, state, to, tiState, prdState) == null)
                .toList();
        views.add(
            new StatusView(b + "_" + e, b, e, state, s == null ? null : s.getSince(), allowed));
      }
    }
    return views;
  }

  /** Creates a dossier for a selected municipality. */
  @Transactional
  public long create(UserAccount account, DossierInput in) {
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
  public int update(UserAccount account, long dossierId, DossierInput in) {
    IntegrationDossier d = editable(account, dossierId);
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
    String application =
        Inputs.required(in.application(), 200, "pilot.dossier.applicationRequired");
    String owner = Inputs.required(in.applicationOwner(), 200, "pilot.dossier.ownerRequired");
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
    Integer expectedUsers =
        be.vlaanderen.crt.portal.platform.WholeNumbers.of(
            in.expectedUsers(), "pilot.dossier.expectedUsersInvalid");
    if (expectedUsers != null && (expectedUsers < 0 || expectedUsers > 10_000_000)) {
      throw new InvalidInputException("pilot.dossier.expectedUsersInvalid");
    }
    String protocol;
    try {
      protocol = Protocol.valueOf(String.valueOf(in.protocol())).name();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("pilot.dossier.protocolUnknown");
    }
    List<RoleLine> roles = in.roles() == null ? List.of() : in.roles();
    if (roles.size() > MAX_ROLES) {
      throw new InvalidInputException("pilot.dossier.tooManyRoles", MAX_ROLES);
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
    OidcSettings o = "SAML2".equals(protocol) ? null : in.oidc();
    d.assign(
        application,
        owner,
        audiences.stream().distinct().collect(Collectors.joining(",")),
        expectedUsers,
        protocol,
        in.bulkUpload(),
        in.entitlementScanner(),
        o != null && o.publicClient(),
        o == null ? null : joined(o.redirectUris(), "\n", 4000),
        o == null ? null : joined(o.postLogoutRedirectUris(), "\n", 4000),
        o == null ? null : joined(o.grantTypes(), " ", 400),
        o == null ? null : Inputs.optional(o.pkceMethod(), 20),
        o == null ? null : joined(o.scopes(), " ", 400),
        Inputs.optional(in.notes(), 4000));
    d.replaceRoles(rows);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String joined(List<String> values, String sep, int max) {
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

  // ---------------------------------------------------------------- rights

  /** The dossier, when the account may read it (steering: no). */
  public IntegrationDossier readable(UserAccount account, long dossierId) {
    IntegrationDossier d = em.find(IntegrationDossier.class, dossierId);
    if (d == null || !access.mayReadDocuments(account, d.getMunicipality().getId())) {
      throw new NotVisibleException("Dossier " + dossierId);
    }
    return d;
  }

  private IntegrationDossier editable(UserAccount account, long dossierId) {
    return readable(account, dossierId);
  }

  private IntegrationDossier statusEditable(UserAccount account, long dossierId) {
    IntegrationDossier d = readable(account, dossierId);
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException("Analysts and coordinators move the status");
    }
    return d;
  }

  /** Whether the account may move statuses (pages hide the controls otherwise). */
  public static boolean movesStatus(UserAccount account) {
    return account.getRole() == Role.REVIEWER || account.getRole() == Role.COORDINATOR;
  }

  // ---------------------------------------------------------------- status

  /** Moves one status; nonsense moves are refused with 409 and change nothing. */
  @Transactional
  public StatusView move(
      UserAccount account, long dossierId, Block block, Env env, IntegrationState to, String note) {
    IntegrationDossier d = statusEditable(account, dossierId);
    if (block == null || env == null || to == null) {
      throw new InvalidInputException("pilot.status.unknown");
    }
    List<IntegrationStatus> rows =
        em.createQuery(
                "SELECT s FROM IntegrationStatus s WHERE s.dossierId = :d AND s.block = :b",
                IntegrationStatus.class)
            .setParameter("d", d.getId())
            .setParameter("b", block)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    IntegrationStatus target =
        rows.stream().filter(s -> s.getEnvironment() == env).findFirst().orElseThrow();
    IntegrationState ti =
        rows.stream()
            .filter(s -> s.getEnvironment() == Env.TI)
            .map(IntegrationStatus::getState)
            .findFirst()
            .orElse(IntegrationState.NOT_STARTED);
    IntegrationState prd =
        rows.stream()
            .filter(s -> s.getEnvironment() == Env.PRD)
            .map(IntegrationStatus::getState)
            .findFirst()
            .orElse(IntegrationState.NOT_STARTED);
    IntegrationState from = target.getState();
    String refusal = StatusRules.refusal(env, from, to, ti, prd);
    if (refusal != null) {
      throw new ConflictException(refusal);
    }
    if (to == IntegrationState.SUCCEEDED) {
      long failed =
          em.createQuery(
                  "SELECT COUNT(r) FROM TestResult r WHERE r.dossierId = :d AND r.block = :b"
                      + " AND r.environment = :e AND r.outcome = :o",
                  Long.class)
              .setParameter("d", d.getId())
              .setParameter("b", block)
              .setParameter("e", env)
              .setParameter("o", TestResult.Outcome.FAIL)
              .getSingleResult();
      if (failed > 0) {
        throw new ConflictException("pilot.status.failedTests", failed);
      }
    }
    String why = Inputs.optional(note, 1000);
    Instant now = Instant.now();
    target.move(to, now);
    em.persist(
        new IntegrationTransition(
            d.getId(), block, env, from, to, now, account.getUsername(), why));
    audit.recordFor(
        d.getMunicipality().getId(),
        account.getUsername(),
        "INTEGRATION_STATUS_CHANGED",
        "IntegrationDossier",
        d.getId(),
        block + " " + env + ": " + from + " → " + to);
    em.flush();
    return statuses(d.getId()).stream()
        .filter(s -> s.block() == block && s.environment() == env)
        .findFirst()
        .orElseThrow();
  }

  public List<TransitionView> transitions(UserAccount account, long dossierId) {
    readable(account, dossierId);
    return em
        .createQuery(
            "SELECT t FROM IntegrationTransition t WHERE t.dossierId = :d ORDER BY t.occurredAt DESC, t.id DESC",
            IntegrationTransition.class)
        .setParameter("d", dossierId)
        .getResultList()
        .stream()
        .map(
            t ->
                new TransitionView(
                    t.getBlock() + "_" + t.getEnvironment(),
                    t.getFromState(),
                    t.getToState(),
                    t.getOccurredAt(),
                    t.getActor(),
                    t.getNote()))
        .toList();
  }

  // ---------------------------------------------------------------- attachments

  private long pilotAssignmentId() {
    return em.createQuery(
            "SELECT a.id FROM Assignment a WHERE a.kind = :k AND a.wave.programme.track = :t ORDER BY a.id",
            Long.class)
        .setParameter("k", AssignmentKind.INTEGRATION_DOSSIER)
        .setParameter("t", Track.ACM_IDM)
        .setMaxResults(1)
        .getSingleResult();
  }

  static String slot(long dossierId, AttachmentKind kind) {
    return "d" + dossierId + ":" + kind.name();
  }

  static String evidenceSlot(long dossierId, Block block, Env env, long caseId) {
    return "d" + dossierId + ":EV:" + block + "_" + env + ":" + caseId;
  }

  /**
   * Adds a version to one of the dossier's attachments. SAML metadata is checked before anything is
   * stored: a file that is not metadata at all (or hostile XML) is refused; the other findings are
   * returned and shown with the attachment.
   */
  public Attached attach(
      UserAccount account, long dossierId, AttachmentKind kind, String fileName, InputStream in) {
    if (kind == null) {
      throw new InvalidInputException("pilot.attachment.kindUnknown");
    }
    return store(account, dossierId, slot(dossierId, kind), kind, fileName, in);
  }

  /** Evidence for one test case on one environment (screenshot, log, report). */
  public Attached attachEvidence(
      UserAccount account,
      long dossierId,
      Block block,
      Env env,
      long caseId,
      String fileName,
      InputStream in) {
    if (em.find(TestCase.class, caseId) == null) {
      throw new NotVisibleException("Test case " + caseId);
    }
    return store(
        account, dossierId, evidenceSlot(dossierId, block, env, caseId), null, fileName, in);
  }

  private Attached store(
      UserAccount account,
      long dossierId,
      String slot,
      AttachmentKind kind,
      String fileName,
      InputStream in) {
    IntegrationDossier d = editable(account, dossierId);
    if (account.getRole() == Role.STEERING) {
      throw new NotPermittedException("The steering committee reads only");
    }
    List<Finding> findings = List.of();
    InputStream content = in;
    if (kind == AttachmentKind.SAML_METADATA && in != null) {
      byte[] bytes = readAtMost(in, SamlMetadataCheck.MAX_BYTES_PUBLIC + 1);
      findings = SamlMetadataCheck.check(bytes, Instant.now());
      for (Finding f : findings) {
        if (UNUSABLE.contains(f.code())) {
          throw new InvalidInputException(
              "pilot.metadata.refused", f.line() > 0 ? f.line() : "-", f.message());
        }
      }
      content = new ByteArrayInputStream(bytes);
    }
    DocumentIntake.Accepted<Void> accepted =
        intake.accept(fileName, content, DocumentType.DOSSIER, null);
    if (kind == AttachmentKind.SAML_METADATA && accepted.type() != DocumentType.XML) {
      throw new InvalidInputException("pilot.metadata.notXml");
    }
    DocumentVersion version;
    try {
      version =
          recorder.recordInSlot(
              pilotAssignmentId(),
              d.getMunicipality().getId(),
              slot,
              d.getId(),
              new VersionRecorder.StoredUpload(
                  accepted.originalFileName(),
                  accepted.fileName(),
                  accepted.size(),
                  accepted.sha256(),
                  accepted.type().mediaType(),
                  accepted.storageKey(),
                  null),
              account.getUsername());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Recording a dossier attachment failed", e);
      throw new RecordingFailedException(e);
    }
    for (VersionListener listener : versionListeners) {
      try {
        listener.versionAdded(version.getId());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A listener of version " + version.getId() + " failed", e);
      }
    }
    return new Attached(
        version.getSubmission().getId(),
        version.getId(),
        version.getVersionNumber(),
        version.getFileName(),
        findings);
  }

  private static byte[] readAtMost(InputStream in, int max) {
    try (in) {
      byte[] bytes = in.readNBytes(max);
      if (bytes.length >= max) {
        throw new InvalidInputException("pilot.metadata.tooLarge");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The latest version of every attachment slot (not the test evidence), with metadata findings.
   */
  public List<AttachmentView> attachments(UserAccount account, long dossierId) {
    IntegrationDossier d = readable(account, dossierId);
    List<AttachmentView> views = new ArrayList<>();
    for (AttachmentKind kind : AttachmentKind.values()) {
      DocumentVersion v = latest(d.getMunicipality().getId(), slot(d.getId(), kind));
      if (v == null) {
        continue;
      }
      List<Finding> findings = List.of();
      if (kind == AttachmentKind.SAML_METADATA) {
        findings = metadataFindings(v);
      }
      views.add(
          new AttachmentView(
              v.getSubmission().getId(),
              kind.name(),
              v.getId(),
              v.getVersionNumber(),
              v.getFileName(),
              v.getSize(),
              v.getMediaType(),
              v.getUploadedAt(),
              v.getUploadedBy(),
              findings));
    }
    return views;
  }

  /** Checked again on every view: certificates expire while the file stays the same. */
  private List<Finding> metadataFindings(DocumentVersion v) {
    try (InputStream in = store.open(v.getStorageKey())) {
      return SamlMetadataCheck.check(
          in.readNBytes(SamlMetadataCheck.MAX_BYTES_PUBLIC + 1), Instant.now());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Metadata of version " + v.getId() + " could not be read", e);
      return List.of(
          new Finding(
              Finding.Severity.WARNING,
              "UNREADABLE",
              0,
              "De metadata konden niet gelezen worden."));
    }
  }

  private DocumentVersion latest(long municipalityId, String slot) {
    return em.createQuery(
            "SELECT v FROM DocumentVersion v WHERE v.submission.municipality.id = :m AND v.submission.slot = :s"
                + " ORDER BY v.versionNumber DESC",
            DocumentVersion.class)
        .setParameter("m", municipalityId)
        .setParameter("s", slot)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  // ---------------------------------------------------------------- test plan

  public List<TestCase> testCases() {
    return em.createQuery("SELECT c FROM TestCase c ORDER BY c.position", TestCase.class)
        .getResultList();
  }

  /** The test plan of one environment: every case with its result so far. */
  public List<TestRow> testPlan(UserAccount account, long dossierId, Block block, Env env) {
    IntegrationDossier d = readable(account, dossierId);
    Map<Long, TestResult> results = new HashMap<>();
    em.createQuery(
            "SELECT r FROM TestResult r WHERE r.dossierId = :d AND r.block = :b AND r.environment = :e",
            TestResult.class)
        .setParameter("d", dossierId)
        .setParameter("b", block)
        .setParameter("e", env)
        .getResultList()
        .forEach(r -> results.put(r.getTestCase().getId(), r));
    List<TestRow> rows = new ArrayList<>();
    for (TestCase c : testCases()) {
      TestResult r = results.get(c.getId());
      DocumentVersion evidence =
          latest(d.getMunicipality().getId(), evidenceSlot(dossierId, block, env, c.getId()));
      rows.add(
          new TestRow(
              c.getId(),
              c.getCode(),
              c.getTitle(),
              c.getDescription(),
              r == null ? null : r.getOutcome(),
              r == null ? null : r.getNote(),
              r == null ? null : r.getTestedAt(),
              r == null ? null : r.getTestedBy(),
              evidence == null ? null : evidence.getId(),
              evidence == null ? null : evidence.getFileName(),
              evidence == null ? null : evidence.getSubmission().getId()));
    }
    return rows;
  }

  /** Records the outcome of a test case; the municipality and analysts walk through it together. */
  @Transactional
  public void recordTest(
      UserAccount account,
      long dossierId,
      Block block,
      Env env,
      long caseId,
      TestResult.Outcome outcome,
      String note) {
    IntegrationDossier d = editable(account, dossierId);
    if (account.getRole() == Role.STEERING) {
      throw new NotPermittedException("The steering committee reads only");
    }
    TestCase c = em.find(TestCase.class, caseId);
    if (c == null) {
      throw new NotVisibleException("Test case " + caseId);
    }
    if (block == null || env == null || outcome == null) {
      throw new InvalidInputException("pilot.test.outcomeRequired");
    }
    String text = Inputs.optional(note, 2000);
    if (outcome == TestResult.Outcome.FAIL && text == null) {
      throw new InvalidInputException("pilot.test.failNeedsNote");
    }
    TestResult r =
        em.createQuery(
                "SELECT r FROM TestResult r WHERE r.dossierId = :d AND r.block = :b AND r.environment = :e AND r.testCase.id = :c",
                TestResult.class)
            .setParameter("d", dossierId)
            .setParameter("b", block)
            .setParameter("e", env)
            .setParameter("c", caseId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (r == null) {
      r = new TestResult(dossierId, block, env, c);
      em.persist(r);
    }
    r.record(outcome, text, Instant.now(), account.getUsername());
    audit.recordFor(
        d.getMunicipality().getId(),
        account.getUsername(),
        "TEST_RECORDED",
        "IntegrationDossier",
        d.getId(),
        block + " " + env + " " + c.getCode() + ": " + outcome);
  }

  /** Counts of pass / fail / n.a. / open per environment key, for the dossier page's tabs. */
  public Map<String, int[]> testSummary(long dossierId) {
    Map<String, int[]> summary = new LinkedHashMap<>();
    int cases = testCases().size();
    for (Block b : Block.values()) {
      for (Env e : Env.values()) {
        summary.put(b + "_" + e, new int[] {0, 0, 0, cases});
      }
    }
    em.createQuery("SELECT r FROM TestResult r WHERE r.dossierId = :d", TestResult.class)
        .setParameter("d", dossierId)
        .getResultList()
        .forEach(
            r -> {
              int[] s = summary.get(r.getBlock() + "_" + r.getEnvironment());
              s[r.getOutcome().ordinal()]++;
              s[3]--;
            });
    return summary;
  }

  // ---------------------------------------------------------------- troubleshooting

  @Transactional
  public long logTroubleshooting(
      UserAccount account, long dossierId, LocalDate heldOn, String problem, String resolution) {
    IntegrationDossier d = editable(account, dossierId);
    if (account.getRole() == Role.STEERING) {
      throw new NotPermittedException("The steering committee reads only");
    }
    if (heldOn == null) {
      throw new InvalidInputException("pilot.trouble.dateRequired");
    }
    if (heldOn.isAfter(be.vlaanderen.crt.portal.platform.ProgrammeTime.today().plusDays(1))) {
      throw new InvalidInputException("pilot.trouble.future");
    }
    Troubleshooting t =
        new Troubleshooting(
            d.getId(),
            heldOn,
            Inputs.required(problem, 2000, "pilot.trouble.problemRequired"),
            Inputs.optional(resolution, 2000),
            Instant.now(),
            account.getUsername());
    em.persist(t);
    em.flush();
    audit.recordFor(
        d.getMunicipality().getId(),
        account.getUsername(),
        "TROUBLESHOOTING_LOGGED",
        "IntegrationDossier",
        d.getId(),
        heldOn.toString());
    return t.getId();
  }

  public List<TroubleView> troubleshooting(UserAccount account, long dossierId) {
    readable(account, dossierId);
    return em
        .createQuery(
            "SELECT t FROM Troubleshooting t WHERE t.dossierId = :d ORDER BY t.heldOn DESC, t.id DESC",
            Troubleshooting.class)
        .setParameter("d", dossierId)
        .getResultList()
        .stream()
        .map(
            t ->
                new TroubleView(
                    t.getId(), t.getHeldOn(), t.getProblem(), t.getResolution(), t.getLoggedBy()))
        .toList();
  }
}
