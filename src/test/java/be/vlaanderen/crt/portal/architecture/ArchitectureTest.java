package be.vlaanderen.crt.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure's rules (issue 15), checked on the compiled classes with ArchUnit.
 * Infrastructure (platform, storage, extraction, audit, documents, organisation, security,
 * notification) knows no feature, and the platform nothing at all; the one package cycle left,
 * among features, may not take in another package.
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
  void infrastructureKnowsNoFeature() {
    for (String layer :
        List.of(
            "platform",
            "storage",
            "extraction",
            "audit",
            "documents",
            "organisation",
            "security",
            "notification")) {
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

  /** The platform is the bottom layer: it uses no other package of the portal. */
  @Test
  void thePlatformUsesNothingOfThePortal() {
    assertEquals(Set.of(), ArchitectureProbe.graph(classes).get("platform"));
  }

  /**
   * One cycle is left, among features (programme, submission, review, lesson, toolkit and the
   * packages between them still call each other). It may not take in another package; a package
   * that leaves it is taken off this list.
   */
  @Test
  void theRemainingPackageCycleDoesNotGrow() {
    List<Set<String>> cycles = ArchitectureProbe.cycles(ArchitectureProbe.graph(classes));
    assertEquals(1, cycles.size(), cycles.toString());
    assertEquals(
        new java.util.TreeSet<>(
            Set.of(
                "completeness",
                "lesson",
                "programme",
                "reporting",
                "review",
                "search",
                "selfevaluation",
                "submission",
                "toolkit")),
        cycles.get(0));
  }
}
