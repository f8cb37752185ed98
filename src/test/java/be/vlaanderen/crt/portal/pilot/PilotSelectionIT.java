package be.vlaanderen.crt.portal.pilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pilot's sign-up and selection: {@link PilotFixture} runs the whole flow with its checks (the
 * closed window, the refusals, the balanced proposal, the adjustment with reasons, the
 * confirmation, the mails) once per run; this class makes sure it ran and checks what it left
 * behind, whichever class asked for it first.
 */
class PilotSelectionIT extends PortalIT {

  @Test
  void municipalitiesSignUpAndTheCoordinatorConfirmsABalancedSelection() {
    PilotFixture.select(base);
    assertTrue(PilotFixture.done());
    assertEquals(30, PilotFixture.SELECTED.size());
    JsonArray groups = ApiClient.array(api.get("coordinator", "api/pilot/groups"));
    assertEquals(5, groups.size());
    Set<Long> grouped = new HashSet<>();
    for (JsonValue g : groups) {
      var members = g.asJsonObject().getJsonArray("members");
      assertEquals(6, members.size(), g.toString());
      members.forEach(m -> grouped.add((long) m.asJsonObject().getInt("municipalityId")));
    }
    // Every selected municipality is in exactly one group, and nobody else is.
    assertEquals(PilotFixture.SELECTED.keySet(), grouped);
    // The analyst follows group 1, with its intake meeting planned.
    var first = groups.getJsonObject(0);
    String analyst =
        TestServices.string("SELECT display_name FROM user_account WHERE username = 'analist'");
    assertTrue(
        first.getJsonArray("analysts").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(a -> a.getString().equals(analyst)),
        "the analyst follows all six: " + first);
    assertFalse(first.getJsonArray("meetings").isEmpty(), first.toString());
  }
}
