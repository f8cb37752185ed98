package be.vlaanderen.crt.portal.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Typed projections ({@code SELECT NEW pkg.Outer$Row(…)}) fail only when the query runs:
 * EclipseLink finds the constructor through {@code getConstructor}, so a package-private record
 * answers "NoSuchMethodException" on the first request that needs it. Every class named in a
 * constructor expression of the sources must exist and be public with a public constructor.
 */
class ProjectionsTest {

  private static final Pattern SELECT_NEW = Pattern.compile("SELECT NEW ([\\w.$]+)\\(");

  @Test
  void everyProjectionIsAPublicClassWithAPublicConstructor() throws IOException {
    TreeSet<String> named = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        // Adjacent string literals are joined first: a query may be split over lines.
        String text = Files.readString(source).replaceAll("\"\\s*\\+\\s*\"", "");
        Matcher m = SELECT_NEW.matcher(text);
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertTrue(named.size() >= 15, "the sources use typed projections: " + named);
    List<String> wrong = new ArrayList<>();
    for (String name : named) {
      try {
        Class<?> type = Class.forName(name);
        boolean reachable = Modifier.isPublic(type.getModifiers());
        for (Class<?> outer = type.getEnclosingClass();
            outer != null;
            outer = outer.getEnclosingClass()) {
          reachable &= Modifier.isPublic(outer.getModifiers());
        }
        if (!reachable || type.getConstructors().length == 0) {
          wrong.add(name + " (not public, or no public constructor)");
        }
      } catch (ClassNotFoundException e) {
        wrong.add(name + " (no such class)");
      }
    }
    assertEquals(List.of(), wrong);
  }
}
