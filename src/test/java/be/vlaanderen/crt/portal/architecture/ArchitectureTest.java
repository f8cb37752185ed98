package be.vlaanderen.crt.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure's rules (issue 15), checked on the compiled classes with ArchUnit.
 * Infrastructure knows no feature; where it still does, the exceptions are listed here by name and
 * may only shrink; the one remaining package cycle may not grow.
 */
class ArchitectureTest {

  /** The features: what infrastructure may not use. */
  static final String[] FEATURES = {
    "..admin..", "..budget..", "..completeness..", "..demo..", "..kpi..", "..lesson..",
    "..municipality..", "..pilot..", "..programme..", "..reporting..", "..review..", "..search..",
    "..selfevaluation..", "..submission..", "..toolkit.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = ArchitectureProbe.classes();
  }

  @Test
  void platformStorageExtractionAuditAndDocumentsKnowNoFeature() {
    for (String layer : List.of("platform", "storage", "extraction", "audit", "documents")) {
      noClasses()
          .that()
          .resideInAPackage("be.vlaanderen.crt.portal." + layer + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              java.util.Arrays.stream(FEATURES)
                  .map(f -> "be.vlaanderen.crt.portal" + f.substring(1))
                  .toArray(String[]::new))
          .because("infrastructure serves every feature and knows none")
          .check(classes);
    }
  }

  /**
   * The debt that is left: security's account belongs to a municipality, and the notifications
   * still write every feature's mails. Remove a line when it is paid; never add one.
   */
  @Test
  void securityAndNotificationKnowOnlyTheListedFeatureClasses() {
    Map<String, Set<String>> known =
        Map.of(
            "notification.Notifications",
            Set.of(
                "municipality.Municipality",
                "programme.Assignment",
                "submission.DocumentVersion",
                "submission.Submission"),
            "security.AccessPolicy",
            Set.of("municipality.Municipality"),
            "security.Invitations",
            Set.of("municipality.Municipality"),
            "security.UserAccount",
            Set.of("municipality.Municipality"),
            "security.api.MeResource",
            Set.of("municipality.Municipality"));
    assertEquals(
        new java.util.TreeMap<>(known),
        ArchitectureProbe.upward(classes),
        "infrastructure classes that use a feature (the list may only shrink)");
  }

  /**
   * One cycle through the packages is left (the layers above still call each other). It may not
   * take in another package; a package that leaves it is taken off this list.
   */
  @Test
  void theRemainingPackageCycleDoesNotGrow() {
    List<Set<String>> cycles = ArchitectureProbe.cycles(ArchitectureProbe.graph(classes));
    assertEquals(1, cycles.size(), cycles.toString());
    assertEquals(
        new java.util.TreeSet<>(
            Set.of(
                "completeness",
                "documents",
                "lesson",
                "municipality",
                "notification",
                "platform",
                "programme",
                "reporting",
                "review",
                "search",
                "security",
                "selfevaluation",
                "storage",
                "submission",
                "toolkit")),
        cycles.get(0));
  }
}
