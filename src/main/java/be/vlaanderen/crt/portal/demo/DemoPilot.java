package be.vlaanderen.crt.portal.demo;

import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.organisation.Province;
import be.vlaanderen.crt.portal.pilot.PilotApplication;
import be.vlaanderen.crt.portal.pilot.PilotGroups;
import be.vlaanderen.crt.portal.pilot.PilotMeeting;
import be.vlaanderen.crt.portal.pilot.PilotSelection;
import be.vlaanderen.crt.portal.pilot.dossier.AttachmentKind;
import be.vlaanderen.crt.portal.pilot.dossier.Block;
import be.vlaanderen.crt.portal.pilot.dossier.DossierAttachments;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers;
import be.vlaanderen.crt.portal.pilot.dossier.Env;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationState;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationStatuses;
import be.vlaanderen.crt.portal.pilot.dossier.TestPlans;
import be.vlaanderen.crt.portal.pilot.dossier.TestResult;
import be.vlaanderen.crt.portal.pilot.dossier.TroubleshootingLog;
import be.vlaanderen.crt.portal.pilot.register.PilotRegister;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The demo's ACM/IDM pilot: 36 applicants (Aalst and Brugge among them), the confirmed selection in
 * five groups with intakes, the analyst on the groups of Aalst and Brugge, dossiers in several
 * states (one with SAML metadata whose certificate expires soon, one OIDC client with findings),
 * test results, troubleshooting, register items and evaluations. Only with {@code
 * crt.demo.samples=true}.
 */
@ApplicationScoped
public class DemoPilot {

  /** name, province, population, maturity, audit, hacking. */
  static final Object[][] APPLICANTS = {
    {"Antwerpen", Province.ANTWERPEN, 536_000, 4, true, true},
    {"Mechelen", Province.ANTWERPEN, 88_000, 5, true, false},
    {"Turnhout", Province.ANTWERPEN, 46_000, 3, false, true},
    {"Geel", Province.ANTWERPEN, 41_000, 3, true, false},
    {"Mol", Province.ANTWERPEN, 37_000, 2, false, false},
    {"Herentals", Province.ANTWERPEN, 29_000, 4, false, false},
    {"Boom", Province.ANTWERPEN, 18_000, 2, false, false},
    {"Zoersel", Province.ANTWERPEN, 22_000, 3, true, false},
    {"Hasselt", Province.LIMBURG, 80_000, 4, true, false},
    {"Genk", Province.LIMBURG, 67_000, 3, false, true},
    {"Tongeren-Borgloon", Province.LIMBURG, 42_000, 2, false, false},
    {"Lommel", Province.LIMBURG, 35_000, 3, true, false},
    {"Bree", Province.LIMBURG, 16_000, 2, false, false},
    {"Gent", Province.OOST_VLAANDEREN, 265_000, 5, true, true},
    {"Aalst", Province.OOST_VLAANDEREN, 89_000, 5, true, false},
    {"Sint-Niklaas", Province.OOST_VLAANDEREN, 80_000, 3, false, false},
    {"Dendermonde", Province.OOST_VLAANDEREN, 46_000, 3, true, false},
    {"Eeklo", Province.OOST_VLAANDEREN, 21_000, 2, false, false},
    {"Lochristi", Province.OOST_VLAANDEREN, 23_000, 4, false, false},
    {"Zele", Province.OOST_VLAANDEREN, 21_500, 1, false, false},
    {"Leuven", Province.VLAAMS_BRABANT, 102_000, 5, true, true},
    {"Vilvoorde", Province.VLAAMS_BRABANT, 45_000, 3, false, false},
    {"Halle", Province.VLAAMS_BRABANT, 40_000, 3, true, false},
    {"Tienen", Province.VLAAMS_BRABANT, 35_000, 2, false, false},
    {"Diest", Province.VLAAMS_BRABANT, 24_000, 3, false, true},
    {"Zaventem", Province.VLAAMS_BRABANT, 35_000, 4, false, false},
    {"Brugge", Province.WEST_VLAANDEREN, 119_000, 4, true, false},
    {"Kortrijk", Province.WEST_VLAANDEREN, 78_000, 4, true, true},
    {"Oostende", Province.WEST_VLAANDEREN, 72_000, 3, false, false},
    {"Roeselare", Province.WEST_VLAANDEREN, 64_000, 3, true, false},
    {"Ieper", Province.WEST_VLAANDEREN, 35_000, 2, false, false},
    {"Waregem", Province.WEST_VLAANDEREN, 38_000, 3, false, false},
    {"Diksmuide", Province.WEST_VLAANDEREN, 17_000, 2, false, false},
    {"Poperinge", Province.WEST_VLAANDEREN, 20_000, 1, false, false},
    {"Knokke-Heist", Province.WEST_VLAANDEREN, 33_000, 3, false, false},
    {"Lier", Province.ANTWERPEN, 37_000, 3, false, false}
  };

  @PersistenceContext private EntityManager em;

  @Inject PilotSelection selection;

  @Inject PilotGroups pilotGroups;

  @Inject Dossiers dossiers;

  @Inject DossierAttachments dossierAttachments;

  @Inject IntegrationStatuses integrationStatuses;

  @Inject TestPlans testPlans;

  @Inject TroubleshootingLog troubleshootingLog;

  @Inject PilotRegister register;

  /**
   * @param moreDossiers dossiers beside those of Aalst and Brugge (6 in the small demo, 28 at full
   *     size: one per selected municipality)
   */
  void create(
      UserAccount aalst,
      UserAccount brugge,
      UserAccount analyst,
      UserAccount coordinator,
      int moreDossiers) {
    LocalDate today = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
    selection.setWindow(coordinator, today.minusDays(45), today.minusDays(15));
    Instant applied = Instant.now().minus(40, ChronoUnit.DAYS);
    for (int i = 0; i < APPLICANTS.length; i++) {
      Object[] a = APPLICANTS[i];
      String name = (String) a[0];
      Municipality m =
          em.createNamedQuery("Municipality.byName", Municipality.class)
              .setParameter("name", name)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (m == null) {
        m = new Municipality(name, (Province) a[1]);
        m.recordPopulation((Integer) a[2]);
        em.persist(m);
      }
      PilotApplication application =
          new PilotApplication(m, applied.plus(i * 37L, ChronoUnit.MINUTES), "demo");
      application.describe(
          "e-Loket burgerzaken, afsprakenmodule, intranet",
          (Integer) a[2],
          (Integer) a[3],
          (Boolean) a[4],
          (Boolean) a[5],
          "ICT-coördinator " + name + ", ict@" + name.toLowerCase().replace(' ', '-') + ".invalid");
      em.persist(application);
    }
    em.flush();
    selection.confirm(coordinator, Messages.DUTCH);
    List<PilotGroups.GroupView> groups = pilotGroups.groups(coordinator);
    for (PilotGroups.GroupView g : groups) {
      pilotGroups.addMeeting(
          coordinator,
          g.id(),
          PilotMeeting.Kind.INTAKE,
          today.plusDays(7L * g.number()).atTime(LocalTime.of(13, 30)),
          "Herman Teirlinckgebouw, Brussel",
          "CRT-projectleider, DV-analist, contactpersonen van de groep");
      boolean withAalstOrBrugge =
          g.members().stream().anyMatch(m -> m.name().equals("Aalst") || m.name().equals("Brugge"));
      if (withAalstOrBrugge) {
        pilotGroups.assignAnalyst(coordinator, g.id(), analyst.getUsername());
      }
    }

    long aalstId = aalst.getMunicipality().getId();
    long eloket =
        dossiers.create(
            analyst,
            new Dossiers.DossierInput(
                aalstId,
                "e-Loket Burgerzaken",
                "Dienst Burgerzaken – Katrien Vermeulen",
                List.of("CITIZENS", "STAFF"),
                java.math.BigDecimal.valueOf(4_500),
                "SAML2",
                false,
                true,
                List.of(
                    new Dossiers.RoleLine(
                        "Loketmedewerker", "GemeenteLoket-medewerker", "OVO-code Aalst"),
                    new Dossiers.RoleLine(
                        "Diensthoofd", "GemeenteLoket-beheerder", "OVO-code Aalst")),
                null,
                "Aanmelden met itsme en eID; medewerkers via het IDM van de gemeente.",
                null));
    attachMetadata(analyst, eloket);
    for (IntegrationState s :
        List.of(
            IntegrationState.IN_PROGRESS, IntegrationState.TESTING, IntegrationState.SUCCEEDED)) {
      integrationStatuses.move(analyst, eloket, Block.ACM, Env.TI, s, null);
    }
    integrationStatuses.move(
        analyst, eloket, Block.ACM, Env.PRD, IntegrationState.IN_PROGRESS, null);
    integrationStatuses.move(
        analyst, eloket, Block.ACM, Env.PRD, IntegrationState.TESTING, "Go-live gepland");
    integrationStatuses.move(
        analyst, eloket, Block.ACM, Env.PRD, IntegrationState.SUCCEEDED, "In productie");
    integrationStatuses.move(
        analyst, eloket, Block.IDM, Env.TI, IntegrationState.IN_PROGRESS, null);
    for (var c : testPlans.testCases()) {
      TestResult.Outcome outcome =
          c.getCode().equals("DEPROVISIONING")
              ? TestResult.Outcome.NOT_APPLICABLE
              : TestResult.Outcome.PASS;
      testPlans.recordTest(
          aalst, eloket, Block.ACM, Env.TI, c.getId(), outcome, "Samen overlopen op de intake.");
    }
    troubleshootingLog.logTroubleshooting(
        analyst,
        eloket,
        today.minusDays(9),
        "De assertion werd geweigerd: klokverschil van drie minuten tussen de SP en de IDP.",
        "NTP ingesteld op de server van de toepassing; opnieuw getest en geslaagd.");

    long bruggeId = brugge.getMunicipality().getId();
    long afspraken =
        dossiers.create(
            brugge,
            new Dossiers.DossierInput(
                bruggeId,
                "Afsprakenmodule",
                "Dienst Klantencontact",
                List.of("CITIZENS"),
                java.math.BigDecimal.valueOf(12_000),
                "OIDC",
                false,
                false,
                List.of(new Dossiers.RoleLine("Burger", "Burger", null)),
                new Dossiers.OidcSettings(
                    true,
                    List.of(
                        "https://afspraken.brugge.invalid/callback", "https://*.brugge.invalid/cb"),
                    List.of("https://afspraken.brugge.invalid/afgemeld"),
                    List.of("authorization_code"),
                    "S256",
                    List.of("openid", "profile", "rrn")),
                null,
                null));
    integrationStatuses.move(
        analyst, afspraken, Block.ACM, Env.TI, IntegrationState.IN_PROGRESS, null);

    // A few more dossiers in the analyst's groups, so the KPIs and the list have something to show.
    int n = 0;
    for (PilotGroups.GroupView g : groups) {
      for (PilotGroups.Member m : g.members()) {
        if (m.name().equals("Aalst") || m.name().equals("Brugge") || n >= moreDossiers) {
          continue;
        }
        boolean mine =
            g.members().stream()
                .anyMatch(x -> x.name().equals("Aalst") || x.name().equals("Brugge"));
        UserAccount who = mine ? analyst : coordinator;
        long d =
            dossiers.create(
                who,
                new Dossiers.DossierInput(
                    m.municipalityId(),
                    n % 2 == 0 ? "Intranet" : "Vergunningenloket",
                    "ICT-dienst " + m.name(),
                    List.of(n % 2 == 0 ? "STAFF" : "BUSINESSES"),
                    java.math.BigDecimal.valueOf(n % 2 == 0 ? 300 : 800),
                    "SAML2",
                    n % 3 == 0,
                    false,
                    List.of(new Dossiers.RoleLine("Medewerker", "Medewerker", "OVO-code")),
                    null,
                    null,
                    null));
        integrationStatuses.move(
            coordinator, d, Block.ACM, Env.TI, IntegrationState.IN_PROGRESS, null);
        if (n % 3 != 2) {
          integrationStatuses.move(
              coordinator, d, Block.ACM, Env.TI, IntegrationState.TESTING, null);
          integrationStatuses.move(
              coordinator, d, Block.ACM, Env.TI, IntegrationState.SUCCEEDED, null);
        }
        if (n % 3 == 0) {
          integrationStatuses.move(
              coordinator, d, Block.ACM, Env.PRD, IntegrationState.IN_PROGRESS, null);
          integrationStatuses.move(
              coordinator, d, Block.ACM, Env.PRD, IntegrationState.TESTING, null);
          integrationStatuses.move(
              coordinator, d, Block.ACM, Env.PRD, IntegrationState.SUCCEEDED, null);
        }
        n++;
      }
    }

    register.raise(
        aalst,
        new PilotRegister.ObstacleInput(
            aalstId,
            eloket,
            "OBSTACLE",
            "TECHNICAL",
            "Single logout niet ondersteund door de leverancier",
            "De huidige versie van de loketsoftware kent geen SAML single logout; pas versie 5 (voorjaar) ondersteunt het."));
    long question =
        register.raise(
            aalst,
            new PilotRegister.ObstacleInput(
                aalstId,
                null,
                "QUESTION",
                "OPERATIONAL",
                "Wie keurt rolaanvragen goed?",
                "Moet het diensthoofd of de ICT-dienst de toegang van nieuwe loketmedewerkers goedkeuren?"));
    register.answer(
        analyst,
        question,
        "Het diensthoofd keurt goed in het gebruikersbeheer; de ICT-dienst beheert alleen de koppeling.",
        "ANSWERED");
    register.raise(
        brugge,
        new PilotRegister.ObstacleInput(
            bruggeId,
            afspraken,
            "FEATURE_REQUEST",
            "TECHNICAL",
            "Extra claim voor de taalvoorkeur",
            "De afsprakenmodule wil de taalvoorkeur van de burger uit het profiel lezen."));
    register.evaluate(
        aalst,
        new PilotRegister.EvaluationInput(
            java.math.BigDecimal.valueOf(4),
            java.math.BigDecimal.valueOf(5),
            "Vlotte samenwerking met de analist.",
            "AFTER"));
    // Brugge is not live yet: it gives its satisfaction for the moment that is open now.
    register.evaluate(
        brugge,
        new PilotRegister.EvaluationInput(
            java.math.BigDecimal.valueOf(3),
            null,
            "De intake was duidelijk; we wachten nog op de testomgeving.",
            register.openMoment(bruggeId).name()));
    backdate();
  }

  /**
   * The demo is made in one go at start-up; spread its history over the past weeks as it would have
   * happened (sign-up, confirmation, dossiers, one status change a day, evaluations), so that
   * steering reports for earlier dates show the pilot as it was then.
   */
  private void backdate() {
    em.flush();
    em.createNativeQuery(
            "UPDATE pilot_application SET applied_at = DATE_SUB(applied_at, INTERVAL 20 DAY)")
        .executeUpdate();
    em.createNativeQuery("UPDATE pilot_call SET confirmed_at = DATE_SUB(NOW(3), INTERVAL 50 DAY)")
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE integration_dossier SET created_at = DATE_SUB(NOW(3), INTERVAL 45 DAY),"
                + " updated_at = DATE_SUB(NOW(3), INTERVAL 44 DAY)")
        .executeUpdate();
    Number max =
        (Number)
            em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM integration_transition")
                .getSingleResult();
    em.createNativeQuery(
            "UPDATE integration_transition SET occurred_at = DATE_SUB(NOW(3), INTERVAL (? - id) DAY)")
        .setParameter(1, max.longValue() + 2)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE integration_status s JOIN (SELECT dossier_id, block, environment, MAX(occurred_at) AS at"
                + " FROM integration_transition GROUP BY dossier_id, block, environment) t"
                + " ON t.dossier_id = s.dossier_id AND t.block = s.block AND t.environment = s.environment"
                + " SET s.since = t.at")
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE pilot_obstacle SET raised_at = DATE_SUB(NOW(3), INTERVAL (10 + id) DAY)")
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE pilot_evaluation SET submitted_at = DATE_SUB(NOW(3), INTERVAL 3 DAY)")
        .executeUpdate();
  }

  private void attachMetadata(UserAccount who, long dossier) {
    String cert;
    try (InputStream in = DemoPilot.class.getResourceAsStream("/demo/sp-cert.b64")) {
      cert = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
            + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\"https://eloket.aalst.invalid/sp\">\n"
            + "  <md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
            + "    <md:KeyDescriptor use=\"signing\">\n"
            + "      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
            + cert
            + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n"
            + "    </md:KeyDescriptor>\n"
            + "    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>\n"
            + "    <md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\""
            + " Location=\"https://eloket.aalst.invalid/saml/acs\" index=\"0\"/>\n"
            + "  </md:SPSSODescriptor>\n"
            + "</md:EntityDescriptor>\n";
    dossierAttachments.attach(
        who,
        dossier,
        AttachmentKind.SAML_METADATA,
        "eloket-aalst-metadata.xml",
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
