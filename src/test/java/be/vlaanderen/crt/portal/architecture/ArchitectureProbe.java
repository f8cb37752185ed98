package be.vlaanderen.crt.portal.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures the package structure: the strongly connected groups of top-level packages (a group of
 * more than one is a cycle) and the class dependencies from infrastructure into features. Run with
 * {@code java -cp target/classes:target/test-classes:<test classpath>
 * be.vlaanderen.crt.portal.architecture.ArchitectureProbe}.
 */
public final class ArchitectureProbe {

  static final String ROOT = "be.vlaanderen.crt.portal.";

  /** Packages that may not know a feature. */
  static final Set<String> INFRASTRUCTURE =
      Set.of(
          "platform",
          "storage",
          "extraction",
          "security",
          "audit",
          "notification",
          "documents",
          "organisation");

  private ArchitectureProbe() {}

  public static void main(String[] args) {
    JavaClasses classes = classes();
    Map<String, Set<String>> graph = graph(classes);
    List<Set<String>> cycles = cycles(graph);
    graph.forEach((from, to) -> System.out.println(from + " -> " + to));
    System.out.println("package cycles: " + cycles.size());
    cycles.forEach(c -> System.out.println("  " + c));
    Map<String, Set<String>> upward = upward(classes);
    System.out.println(
        "upward class dependencies: "
            + upward.values().stream().mapToInt(Set::size).sum()
            + " from "
            + upward.size()
            + " classes");
    upward.forEach((k, v) -> System.out.println("  " + k + " -> " + v));
  }

  static JavaClasses classes() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("be.vlaanderen.crt.portal");
  }

  static String top(JavaClass c) {
    String rest =
        c.getPackageName().substring(Math.min(c.getPackageName().length(), ROOT.length()));
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** Top-level package → the top-level packages it uses. */
  static Map<String, Set<String>> graph(JavaClasses classes) {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (JavaClass c : classes) {
      String from = top(c);
      graph.computeIfAbsent(from, k -> new TreeSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        if (target.getPackageName().startsWith(ROOT)) {
          String to = top(target);
          if (!to.equals(from) && !to.isEmpty()) {
            graph.get(from).add(to);
          }
        }
      }
    }
    return graph;
  }

  /** Tarjan's strongly connected components with more than one package. */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    List<String> stack = new ArrayList<>();
    Set<String> onStack = new java.util.HashSet<>();
    List<Set<String>> result = new ArrayList<>();
    int[] counter = {0};
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        strong(v, graph, index, low, stack, onStack, result, counter);
      }
    }
    return result;
  }

  private static void strong(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      List<String> stack,
      Set<String> onStack,
      List<Set<String>> result,
      int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.add(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        strong(w, graph, index, low, stack, onStack, result, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.remove(stack.size() - 1);
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        result.add(component);
      }
    }
  }

  /** Infrastructure class → the feature classes it uses. */
  static Map<String, Set<String>> upward(JavaClasses classes) {
    Map<String, Set<String>> upward = new TreeMap<>();
    for (JavaClass c : classes) {
      if (!INFRASTRUCTURE.contains(top(c))) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        if (target.getPackageName().startsWith(ROOT)
            && !INFRASTRUCTURE.contains(top(target))
            && !top(target).isEmpty()) {
          upward
              .computeIfAbsent(c.getName().substring(ROOT.length()), k -> new TreeSet<>())
              .add(target.getName().substring(ROOT.length()));
        }
      }
    }
    return upward;
  }
}
