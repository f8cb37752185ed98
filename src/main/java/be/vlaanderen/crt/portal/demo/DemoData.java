package be.vlaanderen.crt.portal.demo;

import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.organisation.Province;
import be.vlaanderen.crt.portal.programme.Assignment;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.programme.Enrollment;
import be.vlaanderen.crt.portal.programme.Programme;
import be.vlaanderen.crt.portal.programme.Track;
import be.vlaanderen.crt.portal.programme.Wave;
import be.vlaanderen.crt.portal.programme.Workshop;
import be.vlaanderen.crt.portal.review.ReviewerAssignment;
import be.vlaanderen.crt.portal.security.PasswordHasher;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo: two municipalities in wave 1 of the BCP track, a BIA and a BCP assignment, and
 * one account per role, all with password {@code demo}. Runs only when {@code
 * crt.demo.enabled=true} (never in production) and only once: an existing database keeps what the
 * demo users did.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  /** The demo password; demo mode only. */
  public static final String PASSWORD = "demo";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "crt.demo.enabled")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "crt.demo.samples", defaultValue = "false")
  boolean samplesEnabled;

  @Inject DemoSamples samples;

  @Inject be.vlaanderen.crt.portal.review.Rounds rounds;

  @Inject DemoToolkit toolkit;

  @Inject DemoPilot pilot;

  @Inject DemoBudget budget;

  @Inject
  @ConfigProperty(name = "crt.demo.toolkit", defaultValue = "false")
  boolean toolkitEnabled;

  /**
   * {@code small} (two municipalities, the default) or {@code full}: the programme's real size (50
   * BCP municipalities with their documents and remarks, 30 pilot dossiers), see {@link DemoScale}.
   */
  @Inject
  @ConfigProperty(name = "crt.demo.scale", defaultValue = "small")
  String scale;

  @Inject DemoScale fullScale;

  @PostConstruct
  void seed() {
    if (!enabled
        || !em.createNamedQuery("Municipality.byName", Municipality.class)
            .setParameter("name", "Aalst")
            .getResultList()
            .isEmpty()) {
      return;
    }
    Municipality aalst = persist(new Municipality("Aalst", Province.OOST_VLAANDEREN));
    Municipality brugge = persist(new Municipality("Brugge", Province.WEST_VLAANDEREN));
    // Their official codes (NIS), which ACM/IDM's organisation claim carries.
    aalst.recordNisCode("41002");
    brugge.recordNisCode("31005");

    LocalDate today = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
    Programme programme =
        persist(
            new Programme(
                "BCP-begeleiding lokale besturen",
                Track.BCP,
                today.minusMonths(1),
                today.plusMonths(8)));
    Wave wave = persist(new Wave(programme, 1, "Traject 1"));
    persist(new Enrollment(wave, aalst));
    persist(new Enrollment(wave, brugge));
    persist(
        new Assignment(
            wave,
            AssignmentKind.BIA,
            "Business Impact Analyse (BIA) indienen",
            "Vul het BIA-sjabloon in voor uw kritieke processen en dien het in vóór de deadline.",
            today.plusWeeks(4).atTime(LocalTime.of(17, 0))));
    Assignment bcp =
        persist(
            new Assignment(
                wave,
                AssignmentKind.BCP,
                "Business Continuity Plan (BCP) indienen",
                "Werk uw BCP uit op basis van het sjabloon en de feedback op uw BIA.",
                today.plusWeeks(12).atTime(LocalTime.of(17, 0))));

    boolean full = "full".equalsIgnoreCase(scale.strip());
    String[][] workshops = {
      {"BCM-kader en zelfevaluatie", "-21"},
      {"Business Impact Analyse", "7"},
      {"Groepsfeedback BIA en BCP-sjabloon", "42"},
      {"Groepsfeedback BCP, rollen en verankering", "84"},
      {"Lessen en evaluatie van het traject", "126"}
    };
    for (int i = 0; i < workshops.length; i++) {
      Workshop workshop = persist(new Workshop(wave, i + 1, workshops[i][0]));
      workshop.plan(
          workshops[i][0],
          today.plusDays(Long.parseLong(workshops[i][1])).atTime(LocalTime.of(9, 30)),
          "Herman Teirlinckgebouw, Brussel");
      workshop.validate(i < 2, i < 2 ? today.minusDays(30 - i) : null);
    }
    Wave second = persist(new Wave(programme, 2, "Traject 2"));
    if (full) {
      // The second wave starts four months later, with the same assignments and workshops.
      persist(
          new Assignment(
              second,
              AssignmentKind.BIA,
              "Business Impact Analyse (BIA) indienen",
              "Vul het BIA-sjabloon in voor uw kritieke processen en dien het in vóór de deadline.",
              today.plusWeeks(20).atTime(LocalTime.of(17, 0))));
      persist(
          new Assignment(
              second,
              AssignmentKind.BCP,
              "Business Continuity Plan (BCP) indienen",
              "Werk uw BCP uit op basis van het sjabloon en de feedback op uw BIA.",
              today.plusWeeks(28).atTime(LocalTime.of(17, 0))));
      for (int i = 0; i < workshops.length; i++) {
        Workshop workshop = persist(new Workshop(second, i + 1, workshops[i][0]));
        workshop.plan(
            workshops[i][0],
            today.plusDays(Long.parseLong(workshops[i][1]) + 112).atTime(LocalTime.of(9, 30)),
            "Provinciehuis Leuven");
      }
    }

    UserAccount aalstContact =
        persist(account("aalst", "Contactpersoon Aalst", Role.MUNICIPALITY, aalst));
    UserAccount bruggeContact =
        persist(account("brugge", "Contactpersoon Brugge", Role.MUNICIPALITY, brugge));
    UserAccount expert = persist(account("expert", "Pieter Janssens", Role.REVIEWER, null));
    // A second expert, assigned to no municipality yet (the coordinator assigns on "Rondes").
    UserAccount analyst = persist(account("analist", "Jan Peeters", Role.REVIEWER, null));
    UserAccount coordinator = persist(account("coordinator", "Sofie Maes", Role.COORDINATOR, null));
    persist(account("steering", "Lien De Smet", Role.STEERING, null));
    persist(new ReviewerAssignment(expert, aalst));
    persist(new ReviewerAssignment(expert, brugge));
    UserAccount secondExpert =
        full ? persist(account("expert2", "Els Wouters", Role.REVIEWER, null)) : null;
    if (toolkitEnabled) {
      try {
        toolkit.create(coordinator);
      } catch (RuntimeException e) {
        LOG.log(java.util.logging.Level.WARNING, "Demo toolkit could not be created", e);
      }
    }
    // The three feedback rounds of the first wave, planned around its workshops as the coordinator
    // does on "Rondes": each opens after the hand-in, closes two weeks later, released before the
    // group-feedback workshop.
    em.flush();
    java.util.List<be.vlaanderen.crt.portal.review.FeedbackRound> planned =
        rounds.roundsOf(wave.getId());
    int[][] roundDays = {{-14, 0, 3}, {28, 38, 40}, {70, 80, 82}};
    for (int i = 0; i < planned.size() && i < roundDays.length; i++) {
      rounds.plan(
          coordinator,
          planned.get(i).getId(),
          today.plusDays(roundDays[i][0]),
          today.plusDays(roundDays[i][1]),
          today.plusDays(roundDays[i][2]));
    }
    if (full) {
      java.util.List<be.vlaanderen.crt.portal.review.FeedbackRound> later =
          rounds.roundsOf(second.getId());
      for (int i = 0; i < later.size() && i < roundDays.length; i++) {
        rounds.plan(
            coordinator,
            later.get(i).getId(),
            today.plusDays(roundDays[i][0] + 112L),
            today.plusDays(roundDays[i][1] + 112L),
            today.plusDays(roundDays[i][2] + 112L));
      }
    }
    if (full) {
      try {
        DemoScale.Made made =
            fullScale.create(
                wave,
                second,
                assignmentsOf(wave),
                assignmentsOf(second),
                expert,
                secondExpert,
                aalstContact.getPasswordHash());
        LOG.info(
            () ->
                "Full-size demo: "
                    + made.documents()
                    + " documents and "
                    + made.remarks()
                    + " remarks handed in and reviewed");
      } catch (RuntimeException e) {
        LOG.log(java.util.logging.Level.WARNING, "The full-size demo could not be created", e);
      }
    }
    if (samplesEnabled) {
      try {
        samples.create(aalstContact, bruggeContact, expert, coordinator, bcp.getId());
      } catch (RuntimeException e) {
        LOG.log(java.util.logging.Level.WARNING, "Demo documents could not be created", e);
      }
      try {
        pilot.create(aalstContact, bruggeContact, analyst, coordinator, full ? 28 : 6);
        budget.create();
      } catch (RuntimeException e) {
        LOG.log(java.util.logging.Level.WARNING, "Demo pilot could not be created", e);
      }
    }
    LOG.info(
        "Demo data created: accounts aalst, brugge, expert, analist, coordinator, steering (password 'demo')");
  }

  private java.util.List<Assignment> assignmentsOf(Wave wave) {
    return em.createQuery("SELECT a FROM Assignment a WHERE a.wave = :wave", Assignment.class)
        .setParameter("wave", wave)
        .getResultList();
  }

  private UserAccount account(String username, String name, Role role, Municipality municipality) {
    return new UserAccount(
        username,
        name,
        username + "@demo.crt-portaal.invalid",
        hasher.hash(PASSWORD.toCharArray()),
        role,
        municipality);
  }

  /**
   * Flushed one by one so ids follow the order above (the README's examples use assignment 2, the
   * BIA).
   */
  private <T> T persist(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }
}
