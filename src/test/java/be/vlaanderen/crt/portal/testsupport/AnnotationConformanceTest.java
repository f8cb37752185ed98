package be.vlaanderen.crt.portal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnotationConformanceTest {

  /** The shape the portal emits; "%MOTIVATION%" and "%BODY%" are swapped in by the tests. */
  private static final String ANNOTATION =
      """
      {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://localhost:8080/api/submissions/5/annotations/12",
        "type": "Annotation",
        "motivation": "%MOTIVATION%",
        "creator": {"id": "http://localhost:8080/api/users/expert", "type": "Person", "name": "Eva Expert"},
        "created": "2026-11-28T10:00:00Z",
        "modified": "2026-11-28T10:05:00Z",
        "body": %BODY%,
        "target": {
          "type": "SpecificResource",
          "source": "http://localhost:8080/api/documents/7",
          "selector": [
            {"type": "TextQuoteSelector", "exact": "deze RTO", "prefix": "Hoe kwam u aan ", "suffix": "?"},
            {"type": "TextPositionSelector", "start": 10, "end": 40},
            {"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3778", "value": "page=2"}
          ]
        }
      }
      """;

  private static final String BODY =
      """
      {"type": "TextualBody", "value": "Hoe kwam u aan deze RTO?", "format": "text/plain",
       "language": "nl", "purpose": "commenting"}""";

  private static String annotation(String motivation, String body) {
    return ANNOTATION.replace("%MOTIVATION%", motivation).replace("%BODY%", body);
  }

  private static String valid() {
    return annotation("commenting", BODY);
  }

  private static void assertViolates(String json, String expectedFragment) {
    List<String> violations = AnnotationConformance.violations(json);
    assertFalse(violations.isEmpty(), "expected at least one violation");
    assertTrue(
        violations.stream().anyMatch(v -> v.contains(expectedFragment)),
        () -> "no violation mentions '" + expectedFragment + "': " + violations);
  }

  @ParameterizedTest
  @ValueSource(strings = {"commenting", "questioning", "assessing"})
  void portalShapeMeetsEveryMust(String motivation) {
    List<String> violations = AnnotationConformance.violations(annotation(motivation, BODY));
    assertEquals(List.of(), violations);
  }

  @Test
  void bodyAndTargetMayAlsoBeArraysOrPlainIris() {
    String json =
        annotation("commenting", "[" + BODY + ", \"http://localhost:8080/api/documents/8\"]")
            .replace("\"target\": {", "\"target\": [\"http://localhost:8080/api/documents/9\", {");
    json = json.substring(0, json.lastIndexOf('}')) + "]}";
    assertEquals(List.of(), AnnotationConformance.violations(json));
  }

  @Test
  void missingContext() {
    assertViolates(
        valid().replace("\"@context\": \"http://www.w3.org/ns/anno.jsonld\",", ""), "@context");
  }

  @Test
  void wrongContext() {
    assertViolates(
        valid().replace("http://www.w3.org/ns/anno.jsonld", "http://schema.org/"), "@context");
  }

  @Test
  void wrongType() {
    assertViolates(valid().replace("\"type\": \"Annotation\"", "\"type\": \"Note\""), "type");
  }

  @Test
  void idThatIsNotAnIri() {
    assertViolates(
        valid().replace("\"http://localhost:8080/api/submissions/5/annotations/12\"", "12"),
        "id key");
  }

  @Test
  void badCreatedDate() {
    assertViolates(valid().replace("2026-11-28T10:00:00Z", "28/11/2026 10:00"), "created");
  }

  @Test
  void modifiedWithoutTimeZoneOrTime() {
    assertViolates(valid().replace("2026-11-28T10:05:00Z", "2026-11-28"), "modified");
  }

  @Test
  void textualBodyWithoutValue() {
    assertViolates(
        annotation(
            "commenting",
            "{\"type\": \"TextualBody\", \"format\": \"text/plain\", \"language\": \"nl\"}"),
        "Bodies");
  }

  @Test
  void bodyAndBodyValueTogether() {
    assertViolates(
        valid().replace("\"body\":", "\"bodyValue\": \"hallo\", \"body\":"), "bodyValue");
  }

  @Test
  void missingTarget() {
    String json = valid();
    json = json.substring(0, json.indexOf(",\n  \"target\"")) + "\n}";
    assertViolates(json, "target");
  }

  @Test
  void badTextDirection() {
    assertViolates(
        annotation("commenting", BODY.replace("\"nl\"", "\"nl\", \"textDirection\": \"up\"")),
        "textDirection");
  }

  @Test
  void textPositionSelectorWithoutEnd() {
    assertViolates(valid().replace(", \"end\": 40", ""), "Selector");
  }

  @Test
  void textQuoteSelectorWithoutExact() {
    assertViolates(valid().replace("\"exact\": \"deze RTO\", ", ""), "Selector");
  }

  @Test
  void externalWebResourceBodyMustNotHavePurpose() {
    assertViolates(
        annotation(
            "commenting",
            "{\"id\": \"http://localhost:8080/api/documents/8\", \"purpose\": \"commenting\"}"),
        "purpose");
  }

  @Test
  void unparsableJson() {
    assertViolates("{\"@context\": ", "Parse of JSON failed");
  }

  // ------------------------------------------------------------ collections and pages

  private static final String PAGE =
      """
      {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://localhost:8080/api/submissions/5/annotations?page=0",
        "type": "AnnotationPage",
        "partOf": {
          "id": "http://localhost:8080/api/submissions/5/annotations",
          "label": "Annotaties bij indiening 5",
          "total": 1
        },
        "startIndex": 0,
        "items": [%ITEM%]
      }
      """;

  private static final String COLLECTION =
      """
      {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://localhost:8080/api/submissions/5/annotations",
        "type": "AnnotationCollection",
        "label": "Annotaties bij indiening 5",
        "total": 1,
        "first": "http://localhost:8080/api/submissions/5/annotations?page=0",
        "last": "http://localhost:8080/api/submissions/5/annotations?page=0"
      }
      """;

  private static String page() {
    String item = valid().replace("\"@context\": \"http://www.w3.org/ns/anno.jsonld\",", "");
    return PAGE.replace("%ITEM%", item);
  }

  @Test
  void collectionMeetsEveryMust() {
    assertEquals(List.of(), AnnotationConformance.violationsOfCollection(COLLECTION));
  }

  @Test
  void collectionWithEmbeddedFirstPage() {
    String embedded =
        COLLECTION.replace(
            "\"first\": \"http://localhost:8080/api/submissions/5/annotations?page=0\"",
            "\"first\": "
                + page().replace("\"@context\": \"http://www.w3.org/ns/anno.jsonld\",", ""));
    assertEquals(List.of(), AnnotationConformance.violationsOfCollection(embedded));
    assertEquals(List.of(), AnnotationConformance.violationsOfPage(embedded));
  }

  @Test
  void emptyCollectionNeedsNoFirst() {
    String empty =
        COLLECTION
            .replace("\"total\": 1", "\"total\": 0")
            .replaceAll(",\\s*\"first\": \"[^\"]*\"", "")
            .replaceAll(",\\s*\"last\": \"[^\"]*\"", "");
    assertEquals(List.of(), AnnotationConformance.violationsOfCollection(empty));
  }

  @Test
  void brokenCollections() {
    UnaryOperator<String> noFirst = c -> c.replaceAll(",\\s*\"first\": \"[^\"]*\"", "");
    for (String broken :
        List.of(
            COLLECTION.replace("AnnotationCollection", "Collection"),
            COLLECTION.replace("\"total\": 1", "\"total\": -1"),
            COLLECTION.replace("\"total\": 1", "\"total\": \"1\""),
            noFirst.apply(COLLECTION),
            COLLECTION.replace("\"@context\": \"http://www.w3.org/ns/anno.jsonld\",", ""))) {
      List<String> violations = AnnotationConformance.violationsOfCollection(broken);
      assertFalse(violations.isEmpty(), broken);
    }
  }

  @Test
  void pageMeetsEveryMust() {
    assertEquals(List.of(), AnnotationConformance.violationsOfPage(page()));
  }

  @Test
  void brokenPages() {
    for (String broken :
        List.of(
            page().replace("\"AnnotationPage\"", "\"Page\""),
            page().replace("\"startIndex\": 0", "\"startIndex\": -3"),
            page().replace("\"type\": \"Annotation\"", "\"type\": \"Note\""),
            page().replaceAll("\"items\": \\[[\\s\\S]*]", "\"itemz\": []"))) {
      List<String> violations = AnnotationConformance.violationsOfPage(broken);
      assertFalse(violations.isEmpty(), broken);
    }
  }

  // ------------------------------------------------------------ runner semantics, on a mini suite

  private static void write(Path dir, String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }

  /** An assertion requiring key {@code key}; extra JSON members can be appended. */
  private static String requires(String title, String key, String extra) {
    return "{\"$schema\": \"http://json-schema.org/draft-04/schema#\", \"title\": \""
        + title
        + "\", \"type\": \"object\", \"required\": [\""
        + key
        + "\"]"
        + extra
        + "}";
  }

  private static List<String> titles(List<String> violations) {
    return violations.stream().map(v -> v.replaceAll("^\\[[0-9:]+] ([^:]+):.*$", "$1")).toList();
  }

  @Test
  void runnerSemantics(@TempDir Path suite) throws IOException {
    write(
        suite,
        "definitions/defs.json",
        """
        {"id": "defs.json", "definitions": {
          "str": {"type": "string"},
          "hasSource": {"type": "object", "required": ["source"]},
          "sourceAndSelector": {"$ref": "#/definitions/hasSource", "required": ["selector"]},
          "viaTarget": {"type": "object", "properties": {"t": {"$ref": "#/definitions/sourceAndSelector"}}}
        }}""");
    write(suite, "x/a.json", requires("A", "a", ""));
    write(suite, "x/b.json", requires("B", "b", ""));
    write(
        suite,
        "x/skipper.json",
        requires("SKIPPER", "s", ", \"onUnexpectedResult\": \"failAndSkip\""));
    write(
        suite,
        "x/aborter.json",
        requires("ABORTER", "z", ", \"onUnexpectedResult\": \"failAndAbort\""));
    write(suite, "x/may.json", requires("MAY", "m", ", \"assertionType\": \"may\""));
    write(suite, "x/should.json", requires("SHOULD", "w", ", \"assertionType\": \"should\""));
    write(suite, "x/noA.json", requires("NO_A", "a", ", \"expectedResult\": \"invalid\""));
    // $ref with a sibling keyword, reached directly: Ajv applies both.
    write(
        suite,
        "x/extend.json",
        """
        {"id": "extend.json", "title": "EXTEND", "type": "object",
         "properties": {"t": {"$ref": "defs.json#/definitions/hasSource", "required": ["selector"]}}}""");
    // $ref landing on a node that has its own $ref: Ajv follows it and drops "required".
    write(
        suite,
        "x/follow.json",
        """
        {"id": "follow.json", "title": "FOLLOW", "$ref": "defs.json#/definitions/viaTarget"}""");
    write(
        suite,
        "x/t.test",
        """
        {"assertions": [
          "x/a.json",
          ["x/skipper.json", "x/b.json"],
          "b.json",
          {"assertionFile": "x/a.json", "title": "A_INVERTED", "expectedResult": "invalid"},
          "x/noA.json",
          {"title": "EITHER", "compareWith": "or", "errorMessage": "neither", "assertions": ["x/b.json", "x/a.json"]},
          {"title": "BOTH", "errorMessage": "not both", "assertions": ["x/b.json", "x/a.json"]},
          "x/may.json", "x/should.json",
          "x/extend.json", "x/follow.json",
          "x/aborter.json",
          "x/b.json"
        ]}""");

    String doc = "{\"a\": 1, \"t\": {\"source\": \"s\"}}";
    List<String> v = AnnotationConformance.run(suite, "x/t.test", doc);
    assertEquals(
        List.of(
            "SKIPPER",
            "B",
            "A_INVERTED",
            "NO_A",
            "B",
            "B",
            "BOTH",
            "MAY",
            "SHOULD",
            "EXTEND",
            "ABORTER"),
        titles(v));
    assertTrue(v.get(2).endsWith("Result was not invalid"), v.get(2));
    assertTrue(v.get(7).contains(": INFORMATIONAL: Result was not valid"), v.get(7));
    assertTrue(v.get(8).contains(": WARNING: Result was not valid"), v.get(8));

    write(
        suite,
        "x/quiet.test",
        """
        {"skipFailures": ["may"], "assertions": ["x/may.json", "x/b.json"]}""");
    assertEquals(List.of("B"), titles(AnnotationConformance.run(suite, "x/quiet.test", doc)));
  }
}
