package be.vlaanderen.crt.portal.municipality.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.vlaanderen.crt.portal.platform.Messages;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail as people read it: the details the services record, in words. */
class TrailWordingTest {

  private static final Locale NL = Messages.DUTCH;

  @Test
  void codesBecomeWords() {
    assertEquals("Feedback vrijgegeven", TrailWording.action("ROUND_RELEASED", NL));
    assertEquals(
        "Vraag \u00b7 MTPD, RTO en RPO \u00b7 Zichtbaar voor de gemeente",
        TrailWording.detail("REMARK_ADDED", "QUESTION, MTPD_RTO_RPO, MUNICIPALITY", false, NL));
    assertEquals(
        "Ronde 2: 3 zichtbare opmerkingen",
        TrailWording.detail("ROUND_RELEASED", "round 2, 3 remarks", false, NL));
    assertEquals(
        "ACM T&I: Niet gestart \u2192 Bezig",
        TrailWording.detail(
            "INTEGRATION_STATUS_CHANGED", "ACM TI: NOT_STARTED \u2192 IN_PROGRESS", true, NL));
    assertEquals(
        "ACM PRD \u00b7 Aanmelden: Geslaagd",
        TrailWording.detail(
            "TEST_RECORDED", "ACM PRD LOGIN: PASS", true, NL, Map.of("LOGIN", "Aanmelden")));
    assertEquals(
        "Versie 74",
        TrailWording.detail(
            "DOCUMENT_UPLOADED", "submission 4 version 74 sha256 f0670f722abd", false, NL));
    assertEquals(
        "Marie Peeters \u00b7 3 dec. 2026 \u00b7 1,5 dagen \u00b7 EXPERT \u00b7 Intake",
        TrailWording.detail(
            "TIME_LOGGED", "Marie Peeters, 2026-12-03, 1.5 d EXPERT, INTAKE", false, NL));
    assertEquals("Andere wijziging (SOMETHING_NEW)", TrailWording.action("SOMETHING_NEW", NL));
  }

  @Test
  void theSteeringCommitteeSeesThatSomethingHappenedNotWhatWasWritten() {
    assertEquals(
        "", TrailWording.detail("REMARK_ADDED", "QUESTION, GOVERNANCE, INTERNAL", true, NL));
    assertEquals(
        "Versie 3",
        TrailWording.detail("DOCUMENT_DOWNLOADED", "bcp-aalst-geheim.docx v3", true, NL));
    assertEquals(
        "bcp-aalst-geheim.docx \u00b7 versie 3",
        TrailWording.detail("DOCUMENT_DOWNLOADED", "bcp-aalst-geheim.docx v3", false, NL));
    assertEquals("", TrailWording.detail("CONTACT_INVITED", "ann@aalst.invalid", true, NL));
    assertEquals(
        "Knelpunt",
        TrailWording.detail(
            "OBSTACLE_RAISED", "OBSTACLE: Single logout niet ondersteund", true, NL));
    // Unknown details: the CRT reads them as recorded, the steering committee not at all.
    assertEquals("iets nieuws", TrailWording.detail("SOMETHING_NEW", "iets nieuws", false, NL));
    assertEquals("", TrailWording.detail("SOMETHING_NEW", "iets nieuws", true, NL));
  }
}
