package be.vlaanderen.crt.portal.pilot;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.organisation.Province;
import be.vlaanderen.crt.portal.pilot.selection.Candidate;
import be.vlaanderen.crt.portal.pilot.selection.Criteria;
import be.vlaanderen.crt.portal.pilot.selection.GroupFormer;
import be.vlaanderen.crt.portal.pilot.selection.Proposal;
import be.vlaanderen.crt.portal.pilot.selection.SelectionProposer;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sign-up for the pilot, the selection proposal and its confirmation. The groups formed by the
 * confirmation are {@link PilotGroups}. Every change is audited.
 */
@ApplicationScoped
public class PilotSelection {

  static final int MAX_TEXT = 2000;

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject PilotMails notifications;

  @Inject be.vlaanderen.crt.portal.security.AccessPolicy access;

  /** What a municipality fills in to register its interest. */
  public record SignUp(
      String applications,
      BigDecimal population,
      BigDecimal maturity,
      boolean auditCofinanced,
      boolean ethicalHacking,
      String contacts) {}

  /** The call as pages and the API show it. */
  public record CallView(
      LocalDate signupOpens,
      LocalDate signupCloses,
      boolean open,
      Criteria criteria,
      Instant confirmedAt,
      String confirmedBy,
      long applicants)
      implements Serializable {}

  /** An application as its municipality and the coordinator see it. */
  public record ApplicationView(
      long id,
      long municipalityId,
      String municipality,
      String province,
      String applications,
      int population,
      int maturity,
      boolean auditCofinanced,
      boolean ethicalHacking,
      String contacts,
      Instant appliedAt,
      Decision decision,
      String decisionReason,
      String group)
      implements Serializable {}

  /** A row of the proposal with the coordinator's adjustment and the resulting choice. */
  public record ProposalRow(
      long applicationId,
      long municipalityId,
      String municipality,
      String province,
      int population,
      String sizeClass,
      int maturity,
      boolean auditCofinanced,
      boolean ethicalHacking,
      BigDecimal score,
      BigDecimal bonus,
      int order,
      boolean proposed,
      Decision override,
      String overrideReason,
      boolean selected,
      String reason)
      implements Serializable {}

  /** The whole proposal. */
  public record ProposalView(
      Criteria criteria,
      boolean oversubscribed,
      int places,
      long proposed,
      long selected,
      Map<String, Integer> proposedByProvince,
      Map<String, Integer> proposedBySize,
      List<ProposalRow> rows)
      implements Serializable {}

  /** The outcome of a confirmation. */
  public record Confirmed(int selected, int notSelected, int groups) {}

  // ---------------------------------------------------------------- the call

  public PilotCall call() {
    return em.find(PilotCall.class, PilotCall.ID);
  }

  public CallView callView() {
    PilotCall call = call();
    long applicants =
        em.createQuery("SELECT COUNT(a) FROM PilotApplication a", Long.class).getSingleResult();
    return new CallView(
        call.getSignupOpens(),
        call.getSignupCloses(),
        call.isOpenOn(be.vlaanderen.crt.portal.platform.ProgrammeTime.today()),
        call.criteria(),
        call.getConfirmedAt(),
        call.getConfirmedBy(),
        applicants);
  }

  @Transactional
  public void setWindow(UserAccount account, LocalDate opens, LocalDate closes) {
    requireCoordinator(account);
    if (opens == null) {
      throw new InvalidInputException("pilot.window.opensRequired");
    }
    if (closes != null && closes.isBefore(opens)) {
      throw new InvalidInputException("pilot.window.closesBeforeOpens");
    }
    call().setWindow(opens, closes);
    audit.record(
        account.getUsername(),
        "PILOT_WINDOW_SET",
        "PilotCall",
        PilotCall.ID,
        opens + " – " + closes);
  }

  @Transactional
  public void saveCriteria(UserAccount account, Criteria criteria) {
    requireCoordinator(account);
    validate(criteria);
    call().setCriteria(criteria);
    audit.record(
        account.getUsername(),
        "PILOT_CRITERIA_SET",
        "PilotCall",
        PilotCall.ID,
        criteria.toString());
  }

  private static void validate(Criteria criteria) {
    if (criteria == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    String problem = criteria.problem();
    if (problem != null) {
      throw new InvalidInputException(problem);
    }
  }

  // ---------------------------------------------------------------- sign-up

  /** The caller's own application, or null. */
  public ApplicationView myApplication(UserAccount account) {
    if (account.getMunicipality() == null) {
      return null;
    }
    return find(account.getMunicipality().getId()).map(this::view).orElse(null);
  }

  private java.util.Optional<PilotApplication> find(long municipalityId) {
    return em.createQuery(
            "SELECT a FROM PilotApplication a WHERE a.municipality.id = :m", PilotApplication.class)
        .setParameter("m", municipalityId)
        .getResultStream()
        .findFirst();
  }

  /**
   * A municipality registers (or, until the selection is confirmed, corrects) its interest.
   *
   * @throws ConflictException the window is closed or the selection is already confirmed
   */
  @Transactional
  public ApplicationView apply(UserAccount account, SignUp in) {
    if (account.getRole() != Role.MUNICIPALITY) {
      throw new NotPermittedException("Only municipalities sign up");
    }
    PilotCall call = call();
    if (!call.isOpenOn(be.vlaanderen.crt.portal.platform.ProgrammeTime.today())) {
      throw new ConflictException("pilot.signup.closed");
    }
    if (call.getConfirmedAt() != null) {
      throw new ConflictException("pilot.signup.confirmed");
    }
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    String applications =
        Inputs.required(in.applications(), MAX_TEXT, "pilot.signup.applicationsRequired");
    String contacts = Inputs.required(in.contacts(), MAX_TEXT, "pilot.signup.contactsRequired");
    Integer population =
        be.vlaanderen.crt.portal.platform.WholeNumbers.of(
            in.population(), "pilot.signup.population");
    Integer maturity =
        be.vlaanderen.crt.portal.platform.WholeNumbers.of(in.maturity(), "pilot.signup.maturity");
    if (population == null || population < 1 || population > 2_000_000) {
      throw new InvalidInputException("pilot.signup.population");
    }
    if (maturity == null || maturity < 1 || maturity > 5) {
      throw new InvalidInputException("pilot.signup.maturity");
    }
    Municipality municipality = em.find(Municipality.class, account.getMunicipality().getId());
    PilotApplication application =
        find(municipality.getId())
            .orElseGet(
                () -> {
                  PilotApplication a =
                      new PilotApplication(municipality, Instant.now(), account.getUsername());
                  em.persist(a);
                  return a;
                });
    boolean first = application.getApplications() == null;
    application.describe(
        applications, population, maturity, in.auditCofinanced(), in.ethicalHacking(), contacts);
    em.flush();
    audit.recordFor(
        municipality.getId(),
        account.getUsername(),
        first ? "PILOT_APPLIED" : "PILOT_APPLICATION_CHANGED",
        "PilotApplication",
        application.getId(),
        "maturity " + maturity + ", population " + population);
    return view(application);
  }

  /** All applications (coordinator, steering), by municipality name. */
  public List<ApplicationView> applications(UserAccount account) {
    requireOverview(account);
    return all().stream().map(this::view).toList();
  }

  private List<PilotApplication> all() {
    return em.createQuery(
            "SELECT a FROM PilotApplication a ORDER BY a.municipality.name", PilotApplication.class)
        .getResultList();
  }

  private ApplicationView view(PilotApplication a) {
    return new ApplicationView(
        a.getId(),
        a.getMunicipality().getId(),
        a.getMunicipality().getName(),
        a.getMunicipality().getProvince().label(),
        a.getApplications(),
        a.getPopulation(),
        a.getMaturity(),
        a.isAuditCofinanced(),
        a.isEthicalHacking(),
        a.getContacts(),
        a.getAppliedAt(),
        a.getDecision(),
        a.getDecisionReason(),
        a.getGroup() == null ? null : a.getGroup().getName());
  }

  // ---------------------------------------------------------------- proposal

  /** The proposal for the stored criteria (or the given ones, to try them before saving). */
  public ProposalView proposal(UserAccount account, Criteria tryCriteria, Locale locale) {
    requireCoordinator(account);
    Criteria criteria = tryCriteria == null ? call().criteria() : tryCriteria;
    validate(criteria);
    List<PilotApplication> applications = all();
    Map<Long, PilotApplication> byId = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (PilotApplication a : applications) {
      byId.put(a.getId(), a);
      candidates.add(candidate(a));
    }
    Proposal proposal = SelectionProposer.propose(candidates, criteria);
    List<ProposalRow> rows = new ArrayList<>();
    for (Proposal.Row r : proposal.rows()) {
      PilotApplication a = byId.get(r.candidate().id());
      boolean selected =
          a.getOverrideChoice() == null ? r.selected() : a.getOverrideChoice() == Decision.SELECTED;
      String reason = Messages.get(locale, r.reason(), r.args().toArray());
      rows.add(
          new ProposalRow(
              a.getId(),
              a.getMunicipality().getId(),
              a.getMunicipality().getName(),
              a.getMunicipality().getProvince().label(),
              a.getPopulation(),
              r.candidate().sizeClass().name(),
              a.getMaturity(),
              a.isAuditCofinanced(),
              a.isEthicalHacking(),
              r.score(),
              r.bonus(),
              r.order(),
              r.selected(),
              a.getOverrideChoice(),
              a.getOverrideReason(),
              selected,
              reason));
    }
    return new ProposalView(
        criteria,
        proposal.oversubscribed(),
        criteria.places(),
        proposal.selectedCount(),
        rows.stream().filter(ProposalRow::selected).count(),
        proposal.selectedByProvince(),
        proposal.selectedBySize(),
        rows);
  }

  static Candidate candidate(PilotApplication a) {
    return new Candidate(
        a.getId(),
        a.getMunicipality().getName(),
        a.getMunicipality().getProvince(),
        a.getPopulation(),
        a.getMaturity(),
        a.isAuditCofinanced(),
        a.isEthicalHacking(),
        a.getAppliedAt());
  }

  /** The coordinator selects or leaves out an applicant against the proposal, with a reason. */
  @Transactional
  public void override(UserAccount account, long applicationId, Decision choice, String reason) {
    requireCoordinator(account);
    PilotApplication a = em.find(PilotApplication.class, applicationId);
    if (a == null) {
      throw new NotVisibleException("Application " + applicationId);
    }
    if (choice == Decision.PENDING) {
      choice = null;
    }
    String why = null;
    if (choice != null) {
      why = Inputs.required(reason, MAX_TEXT, "pilot.override.reasonRequired");
      if (why.length() > 500) {
        throw new InvalidInputException("pilot.tooLong", 500);
      }
    }
    a.override(choice, why);
    audit.recordFor(
        a.getMunicipality().getId(),
        account.getUsername(),
        "PILOT_SELECTION_ADJUSTED",
        "PilotApplication",
        a.getId(),
        (choice == null ? "follows the proposal" : choice.name())
            + (why == null ? "" : ": " + why));
  }

  /**
   * Confirms the selection (proposal plus adjustments): decisions recorded with their reasons, and
   * the selected municipalities formed into groups by province. Can be confirmed again while no
   * dossier exists.
   */
  @Transactional
  public Confirmed confirm(UserAccount account, Locale locale) {
    requireCoordinator(account);
    ProposalView proposal = proposal(account, null, locale);
    if (proposal.rows().isEmpty()) {
      throw new InvalidInputException("pilot.confirm.nobody");
    }
    if (proposal.selected() > proposal.places()) {
      throw new InvalidInputException(
          "pilot.confirm.tooMany", proposal.selected(), proposal.places());
    }
    long dossiers =
        em.createQuery("SELECT COUNT(d) FROM IntegrationDossier d", Long.class).getSingleResult();
    PilotCall call = call();
    if (call.getConfirmedAt() != null && dossiers > 0) {
      throw new ConflictException("pilot.confirm.dossiersExist");
    }
    List<Candidate> selected = new ArrayList<>();
    int notSelected = 0;
    for (ProposalRow row : proposal.rows()) {
      PilotApplication a = em.find(PilotApplication.class, row.applicationId());
      String reason =
          row.override() == null
              ? row.reason()
              : Messages.get(locale, "pilot.reason.override", row.overrideReason());
      a.decide(row.selected() ? Decision.SELECTED : Decision.NOT_SELECTED, cut(reason, 1000));
      a.placeIn(null);
      if (row.selected()) {
        selected.add(candidate(a));
      } else {
        notSelected++;
      }
    }
    int groupCount = Math.max(1, Math.min(call.getGroupsCount(), selected.size()));
    List<List<Candidate>> formed = GroupFormer.form(selected, groupCount);
    List<PilotGroup> groups = ensureGroups(groupCount);
    for (int g = 0; g < formed.size(); g++) {
      PilotGroup group = groups.get(g);
      group.rename(groupName(g + 1, formed.get(g), locale));
      for (Candidate c : formed.get(g)) {
        em.find(PilotApplication.class, c.id()).placeIn(group);
      }
    }
    em.flush();
    for (PilotApplication a : all()) {
      notifications.pilotDecision(
          a.getMunicipality().getId(),
          a.getMunicipality().getName(),
          a.getDecision() == Decision.SELECTED,
          a.getGroup() == null ? "" : a.getGroup().getName(),
          a.getDecisionReason());
    }
    call.confirm(Instant.now(), account.getUsername());
    audit.record(
        account.getUsername(),
        "PILOT_SELECTION_CONFIRMED",
        "PilotCall",
        PilotCall.ID,
        selected.size() + " selected, " + notSelected + " not selected, " + groupCount + " groups");
    return new Confirmed(selected.size(), notSelected, groupCount);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private List<PilotGroup> ensureGroups(int count) {
    List<PilotGroup> groups = groupEntities();
    for (int n = groups.size() + 1; n <= count; n++) {
      PilotGroup g = new PilotGroup(n, "Groep " + n);
      em.persist(g);
    }
    em.flush();
    return groupEntities();
  }

  List<PilotGroup> groupEntities() {
    return em.createQuery("SELECT g FROM PilotGroup g ORDER BY g.number", PilotGroup.class)
        .getResultList();
  }

  /** "Groep 2 · Oost-Vlaanderen, Antwerpen": the provinces of its members, west to east. */
  static String groupName(int number, List<Candidate> members, Locale locale) {
    Set<Province> provinces = new LinkedHashSet<>();
    GroupFormer.WEST_TO_EAST.forEach(
        p -> {
          if (members.stream().anyMatch(c -> c.province() == p)) {
            provinces.add(p);
          }
        });
    String where = provinces.stream().map(Province::label).collect(Collectors.joining(", "));
    return Messages.get(locale, "pilot.group.name", number)
        + (where.isEmpty() ? "" : " · " + where);
  }

  /** The selected municipalities the account may work on (for choosing in forms). */
  public List<ApplicationView> selectedVisible(UserAccount account) {
    List<Long> visible = access.visibleMunicipalityIds(account);
    return all().stream()
        .filter(a -> a.getDecision() == Decision.SELECTED)
        .filter(a -> visible.contains(a.getMunicipality().getId()))
        .map(this::view)
        .toList();
  }

  /** The group of a municipality, or null. */
  public String groupOf(long municipalityId) {
    return find(municipalityId)
        .map(a -> a.getGroup() == null ? null : a.getGroup().getName())
        .orElse(null);
  }

  /** Whether the municipality was selected for the pilot. */
  public boolean isSelected(long municipalityId) {
    return find(municipalityId).map(a -> a.getDecision() == Decision.SELECTED).orElse(false);
  }

  // ---------------------------------------------------------------- rights

  public static void requireCoordinator(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Coordinators only");
    }
  }

  public static void requireOverview(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR && account.getRole() != Role.STEERING) {
      throw new NotPermittedException("Coordinator or steering committee only");
    }
  }

  public static void requireCrtOrSteering(UserAccount account) {
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException("Not for municipalities");
    }
  }
}
