package be.vlaanderen.crt.portal.municipality.web;

import be.vlaanderen.crt.portal.platform.Formats;
import be.vlaanderen.crt.portal.platform.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail in words for people: each recorded action and its detail (written by the services
 * in a compact technical form) as a sentence in the reader's language.
 *
 * <p>The steering committee may see that something happened, but not the contents behind it: for
 * its members only the details listed as {@code forSteering} are shown (status changes, test
 * results, round numbers); remark categories, file names, e-mail addresses, notes and titles stay
 * with the CRT.
 */
final class TrailWording {

  /**
   * How one detail reads: its pattern, the message that writes it, how each captured part is shown
   * (a message-key prefix, or {@code #} number, {@code date}, {@code dateTime}, {@code days},
   * {@code raw}), and whether the steering committee sees it.
   */
  private record Rule(Pattern pattern, String key, List<String> parts, boolean forSteering) {}

  private static Rule rule(String regex, String key, boolean forSteering, String... parts) {
    return new Rule(Pattern.compile(regex), key, List.of(parts), forSteering);
  }

  private static final String CODE = "([A-Z][A-Z0-9_]*)";

  /** A remark's kind, theme and audience ("QUESTION, MTPD_RTO_RPO, MUNICIPALITY"). */
  private static final List<Rule> REMARK =
      List.of(
          rule(
              CODE + ", " + CODE + ", " + CODE,
              "audit.detail.remark",
              false,
              "remarkKind.",
              "theme.",
              "visibility."));

  /** A pilot application's maturity and population. */
  private static final List<Rule> APPLICATION =
      List.of(
          rule(
              "maturity (\\d+), population (\\d+|null)",
              "audit.detail.applied",
              false,
              "raw",
              "raw"));

  private static final Map<String, List<Rule>> RULES =
      Map.ofEntries(
          Map.entry("REMARK_ADDED", REMARK),
          Map.entry(
              "LESSON_RESPONDED",
              List.of(
                  rule(
                      "(CONFIRMED|COMMENTED)",
                      "audit.detail.lessonResponse",
                      true,
                      "lessonVerdict."))),
          Map.entry(
              "WORKSHOP_FEEDBACK_GIVEN",
              List.of(rule("(\\d+) ratings", "audit.detail.feedbackGiven", true, "#"))),
          Map.entry(
              "ATTENDANCE_RECORDED",
              List.of(
                  rule(
                      "workshop (\\d+) (present|absent)",
                      "audit.detail.attendance",
                      true,
                      "#",
                      "attendance."))),
          Map.entry("REMARK_CHANGED", REMARK),
          Map.entry(
              "REMARK_DELETED",
              List.of(
                  rule(
                      CODE + ", " + CODE,
                      "audit.detail.remarkDeleted",
                      false,
                      "remarkKind.",
                      "theme."))),
          Map.entry(
              "ROUND_RELEASED",
              List.of(
                  rule("round (\\d+), (\\d+) remarks", "audit.detail.released", true, "#", "#"))),
          Map.entry(
              "ASSESSMENT_WRITTEN", List.of(rule("round (\\d+)", "audit.detail.round", true, "#"))),
          Map.entry(
              "SELF_EVALUATION_SAVED",
              List.of(
                  rule(
                      "municipality \\d+ moment " + CODE,
                      "audit.detail.plain",
                      true,
                      "selfEvaluation.moment."))),
          Map.entry(
              "TIME_LOGGED",
              List.of(
                  rule(
                      "(.+), (\\d{4}-\\d{2}-\\d{2}), ([0-9.]+) d " + CODE + ", " + CODE,
                      "audit.detail.time",
                      false,
                      "raw",
                      "date",
                      "days",
                      "raw",
                      "activity."))),
          Map.entry(
              "TIME_DELETED",
              List.of(
                  rule(
                      "(.+), (\\d{4}-\\d{2}-\\d{2})",
                      "audit.detail.timeDeleted", false, "raw", "date"))),
          Map.entry(
              "DOCUMENT_UPLOADED",
              List.of(
                  rule(
                      "submission \\d+ version (\\d+) sha256 \\w+",
                      "audit.detail.version",
                      true,
                      "#"))),
          Map.entry(
              "DOCUMENT_DOWNLOADED",
              List.of(
                  rule("(.+) v(\\d+)", "audit.detail.download", false, "raw", "#"),
                  rule("(?:.+ )?v(\\d+)", "audit.detail.version", true, "#"))),
          Map.entry(
              "INTEGRATION_STATUS_CHANGED",
              List.of(
                  rule(
                      "(ACM|IDM) (TI|PRD): " + CODE + " → " + CODE,
                      "audit.detail.status",
                      true,
                      "env",
                      "env",
                      "pilot.state.",
                      "pilot.state."))),
          Map.entry(
              "TEST_RECORDED",
              List.of(
                  rule(
                      "(ACM|IDM) (TI|PRD) ([A-Z0-9_-]+): " + CODE,
                      "audit.detail.test",
                      true,
                      "env",
                      "env",
                      "testCase",
                      "pilot.test."))),
          Map.entry(
              "OBSTACLE_RAISED",
              List.of(
                  rule(
                      CODE + ": (.+)",
                      "audit.detail.obstacle",
                      false,
                      "pilot.obstacle.kind.",
                      "raw"),
                  rule(CODE + ": .*", "audit.detail.plain", true, "pilot.obstacle.kind."))),
          Map.entry(
              "OBSTACLE_ANSWERED",
              List.of(rule(CODE, "audit.detail.plain", true, "pilot.obstacle.status."))),
          Map.entry(
              "PILOT_EVALUATED",
              List.of(
                  rule(
                      "satisfaction (\\d+), eagerness (\\d+)",
                      "audit.detail.evaluated",
                      false,
                      "#",
                      "#"),
                  rule(
                      "(BEFORE|DURING) satisfaction (\\d+)",
                      "audit.detail.evaluatedAt",
                      false,
                      "evaluationMoment.",
                      "#"))),
          Map.entry("PILOT_APPLIED", APPLICATION),
          Map.entry("PILOT_APPLICATION_CHANGED", APPLICATION),
          Map.entry(
              "PILOT_SELECTION_ADJUSTED",
              List.of(
                  rule(
                      "follows the proposal(?:: (.*))?",
                      "audit.detail.followsProposal",
                      false,
                      "raw"),
                  rule(
                      CODE + "(?:: (.*))?",
                      "audit.detail.decision",
                      false,
                      "pilot.decision.",
                      "raw"))),
          Map.entry(
              "PILOT_GROUP_CHANGED", List.of(rule("(.+)", "audit.detail.plain", true, "raw"))),
          Map.entry("DOSSIER_CREATED", List.of(rule("(.+)", "audit.detail.plain", true, "raw"))),
          Map.entry(
              "DOSSIER_CHANGED",
              List.of(
                  rule("no changes", "audit.detail.noChanges", false),
                  rule("(.+)", "audit.detail.plain", false, "raw"))),
          Map.entry(
              "TROUBLESHOOTING_LOGGED",
              List.of(rule("(\\d{4}-\\d{2}-\\d{2})", "audit.detail.plain", true, "date"))),
          Map.entry(
              "REVIEW_STATE_SET",
              List.of(rule(CODE, "audit.detail.plain", true, "submissionStatus."))),
          Map.entry(
              "PASSWORD_SET", List.of(rule("via invitation", "audit.detail.viaInvitation", true))),
          Map.entry("CONTACT_INVITED", List.of(rule("(.+)", "audit.detail.plain", false, "raw"))),
          Map.entry(
              "GOOD_PRACTICE_MARKED", List.of(rule("(.+)", "audit.detail.plain", false, "raw"))),
          Map.entry(
              "GOOD_PRACTICE_REMOVED", List.of(rule("(.+)", "audit.detail.plain", false, "raw"))),
          Map.entry("NIS_CODE_SET", List.of(rule("(.+)", "audit.detail.plain", false, "raw"))),
          Map.entry(
              "REVIEWERS_ASSIGNED", List.of(rule("(.+)", "audit.detail.plain", false, "raw"))),
          // the municipality's own name: nothing to add
          Map.entry("MUNICIPALITY_IMPORTED", List.of(rule(".*", "audit.detail.none", true))));

  private TrailWording() {}

  /** The action in words; a code without words reads as "Andere wijziging (CODE)". */
  static String action(String code, Locale locale) {
    String key = "audit.action." + code;
    return Messages.has(locale, key)
        ? Messages.get(locale, key)
        : Messages.get(locale, "audit.action.other", code);
  }

  /** The detail in words, or empty when there is none or the reader may not see it. */
  static String detail(String action, String detail, boolean steering, Locale locale) {
    return detail(action, detail, steering, locale, Map.of());
  }

  /**
   * The detail in words, with the names of things the trail records by code (test cases: "LOGIN" →
   * "Aanmelden").
   */
  static String detail(
      String action, String detail, boolean steering, Locale locale, Map<String, String> names) {
    if (detail == null || detail.isBlank()) {
      return "";
    }
    for (Rule rule : RULES.getOrDefault(action, List.of())) {
      Matcher m = rule.pattern().matcher(detail);
      if (!m.matches()) {
        continue;
      }
      if (steering && !rule.forSteering()) {
        continue;
      }
      Object[] arguments = new Object[rule.parts().size()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = part(rule.parts().get(i), m.group(i + 1), locale, names);
      }
      String text = Messages.get(locale, rule.key(), arguments).strip();
      return text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    }
    // no rule: the CRT sees the recorded text as it is, the steering committee nothing
    return steering ? "" : detail;
  }

  private static Object part(String how, String value, Locale locale, Map<String, String> names) {
    if (value == null) {
      return "";
    }
    switch (how) {
      case "raw":
        return value;
      case "#":
        return Long.parseLong(value);
      case "days":
        return Formats.days(value, locale);
      case "testCase":
        return names.getOrDefault(value, value);
      case "env":
        return "TI".equals(value) ? "T&I" : value;
      case "date":
        try {
          return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
          return value;
        }
      case "dateTime":
        try {
          return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale)
              .format(LocalDateTime.parse(value));
        } catch (DateTimeParseException e) {
          return value;
        }
      default:
        String key = how + value;
        return Messages.has(locale, key) ? Messages.get(locale, key) : value;
    }
  }
}
