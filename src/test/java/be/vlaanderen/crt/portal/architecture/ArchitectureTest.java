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
 * notification) knows no feature, the platform nothing at all, and no package cycle exists.
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

  /** A package's {@code internal} subpackage is its own business: nobody else imports from it. */
  @Test
  void nobodyUsesAnotherPackagesInternals() {
    for (String feature : ArchitectureProbe.graph(classes).keySet()) {
      String root = "be.vlaanderen.crt.portal." + feature;
      noClasses()
          .that()
          .resideOutsideOfPackage(root + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(root + ".internal..")
          .because("a package offers its public API; its internal package may change at will")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  /** No package of the portal reaches itself again through the packages it uses. */
  @Test
  void noPackageCycles() {
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching("be.vlaanderen.crt.portal.(*)..")
        .should()
        .beFreeOfCycles()
        .check(classes);
    assertEquals(List.of(), ArchitectureProbe.cycles(ArchitectureProbe.graph(classes)));
  }
}
