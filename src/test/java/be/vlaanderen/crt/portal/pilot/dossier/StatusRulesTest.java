package be.vlaanderen.crt.portal.pilot.dossier;

import static be.vlaanderen.crt.portal.pilot.dossier.IntegrationState.FAILED;
import static be.vlaanderen.crt.portal.pilot.dossier.IntegrationState.IN_PROGRESS;
import static be.vlaanderen.crt.portal.pilot.dossier.IntegrationState.NOT_STARTED;
import static be.vlaanderen.crt.portal.pilot.dossier.IntegrationState.SUCCEEDED;
import static be.vlaanderen.crt.portal.pilot.dossier.IntegrationState.TESTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StatusRulesTest {

  @Test
  void theHappyPathOnTi() {
    assertNull(StatusRules.refusal(Env.TI, NOT_STARTED, IN_PROGRESS, NOT_STARTED));
    assertNull(StatusRules.refusal(Env.TI, IN_PROGRESS, TESTING, IN_PROGRESS));
    assertNull(StatusRules.refusal(Env.TI, TESTING, SUCCEEDED, TESTING));
  }

  @Test
  void nonsenseMovesAreRefused() {
    assertEquals(
        "pilot.status.notAllowed",
        StatusRules.refusal(Env.TI, NOT_STARTED, SUCCEEDED, NOT_STARTED));
    assertEquals(
        "pilot.status.notAllowed", StatusRules.refusal(Env.TI, NOT_STARTED, TESTING, NOT_STARTED));
    assertEquals(
        "pilot.status.notAllowed", StatusRules.refusal(Env.TI, SUCCEEDED, NOT_STARTED, SUCCEEDED));
    assertEquals("pilot.status.same", StatusRules.refusal(Env.TI, TESTING, TESTING, TESTING));
    assertEquals("pilot.status.unknown", StatusRules.refusal(Env.TI, TESTING, null, TESTING));
  }

  @Test
  void productionCannotBeTestedOrSucceedBeforeTi() {
    assertNull(StatusRules.refusal(Env.PRD, NOT_STARTED, IN_PROGRESS, TESTING));
    assertEquals(
        "pilot.status.tiFirst", StatusRules.refusal(Env.PRD, IN_PROGRESS, TESTING, TESTING));
    assertEquals("pilot.status.tiFirst", StatusRules.refusal(Env.PRD, FAILED, TESTING, FAILED));
    assertNull(StatusRules.refusal(Env.PRD, IN_PROGRESS, TESTING, SUCCEEDED));
    assertNull(StatusRules.refusal(Env.PRD, TESTING, SUCCEEDED, SUCCEEDED));
    assertEquals("pilot.status.tiFirst", StatusRules.refusal(Env.PRD, TESTING, SUCCEEDED, FAILED));
  }

  @Test
  void everyStateCanBeLeftAndFailureRecovers() {
    for (IntegrationState s : IntegrationState.values()) {
      assertEquals(false, s.next().isEmpty(), s.name());
      assertEquals(false, s.next().contains(s), s.name());
    }
    assertNull(StatusRules.refusal(Env.TI, FAILED, IN_PROGRESS, FAILED));
  }
}
