package be.vlaanderen.crt.portal.testsupport;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules on the page the browser shows, at every page state the browser
 * ITs photograph. Each state adds a line to {@code target/accessibility/axe.tsv}: the state, the
 * address, the violating nodes by impact (critical, serious, moderate, minor) and per rule. A
 * critical or serious violation fails the test that reached the page.
 */
public final class Accessibility {

  public static final Path REPORT = Path.of("target", "accessibility", "axe.tsv");

  /** Every violating node: state, rule, impact, CSS selector, the start of its HTML. */
  public static final Path NODES = Path.of("target", "accessibility", "axe-nodes.tsv");

  private Accessibility() {}

  /** What axe found on the current page, counted by impact; also written to the report. */
  public static synchronized Map<String, Integer> check(WebDriver driver, String state) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    Map<String, Integer> byImpact = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    StringBuilder nodeLines = new StringBuilder();
    for (Rule rule : results.getViolations()) {
      int nodes = rule.getNodes() == null ? 0 : rule.getNodes().size();
      if (rule.getNodes() != null) {
        for (var node : rule.getNodes()) {
          String html = String.valueOf(node.getHtml()).replaceAll("\\s+", " ");
          nodeLines
              .append(state)
              .append('\t')
              .append(rule.getId())
              .append('\t')
              .append(rule.getImpact())
              .append('\t')
              .append(node.getTarget())
              .append('\t')
              .append(html, 0, Math.min(160, html.length()))
              .append('\n');
        }
      }
      byImpact.merge(String.valueOf(rule.getImpact()), nodes, Integer::sum);
      byRule.merge(rule.getId() + "(" + rule.getImpact() + ")", nodes, Integer::sum);
    }
    String line =
        String.join(
                "\t",
                state,
                driver.getCurrentUrl().replaceFirst("^https?://[^/]+", ""),
                Integer.toString(byImpact.getOrDefault("critical", 0)),
                Integer.toString(byImpact.getOrDefault("serious", 0)),
                Integer.toString(byImpact.getOrDefault("moderate", 0)),
                Integer.toString(byImpact.getOrDefault("minor", 0)),
                byRule.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" ")))
            + "\n";
    try {
      Files.createDirectories(REPORT.getParent());
      if (!Files.exists(REPORT)) {
        Files.writeString(
            REPORT,
            "state\taddress\tcritical\tserious\tmoderate\tminor\trules (nodes)\n",
            StandardCharsets.UTF_8);
      }
      Files.writeString(REPORT, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      Files.writeString(
          NODES,
          nodeLines.toString(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int blocking = byImpact.getOrDefault("critical", 0) + byImpact.getOrDefault("serious", 0);
    if (blocking > 0) {
      throw new AssertionError(
          "WCAG 2.1 AA: axe-core finds "
              + blocking
              + " critical or serious violations on "
              + state
              + " ("
              + driver.getCurrentUrl()
              + "): "
              + byRule
              + "; the nodes are in "
              + NODES);
    }
    return byImpact;
  }
}
