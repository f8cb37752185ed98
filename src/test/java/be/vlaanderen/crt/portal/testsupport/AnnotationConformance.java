package be.vlaanderen.crt.portal.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against an assertion list ({@code .test} file) of the W3C Web Annotation
 * test suite (w3c/web-annotation-tests), offline, with the semantics of the suite's own browser
 * runner ({@code annotation-model/scripts/JSONtest.js} in web-platform-tests, which used Ajv 4).
 *
 * <p>Runner semantics reproduced here:
 *
 * <ul>
 *   <li>An assertion list entry is a file reference (relative to the suite root when it contains a
 *       slash, else to the {@code .test} file's folder), an object with {@code assertionFile} (that
 *       file, with the object's other keys overriding it), an inline assertion, a condition object
 *       (has an {@code assertions} list, combined with {@code compareWith} "and" (default) or
 *       "or"), or a nested list.
 *   <li>An assertion is a draft-04 JSON Schema. It passes when the validation outcome equals {@code
 *       expectedResult} ("valid", the default, or "invalid"). A failure is reported with its {@code
 *       errorMessage} (else "Result was not &lt;expected&gt;"), prefixed "WARNING: " for {@code
 *       should} and "INFORMATIONAL: " for {@code may} assertions.
 *   <li>After an unexpected result, {@code onUnexpectedResult} decides: {@code ...AndContinue} goes
 *       on, {@code ...AndSkip} skips the rest of the same list, {@code ...AndAbort} stops the run.
 *       Skipped assertions are not reported. A {@code skipFailures} list in the {@code .test} file
 *       (e.g. ["may"]) hides failures of those assertion types.
 *   <li>{@code definitions/*.json} are addressed by their bare ids ("annotations.json"). They are
 *       served from disk under a fixed base IRI that is never fetched: no network is used.
 *   <li>Ajv 4 quirks the suite depends on: (1) keywords standing next to a {@code $ref} are applied
 *       too (draft-04 says to ignore them), so such nodes become {@code {"allOf": [{"$ref": ...},
 *       {other keywords}]}}; (2) when a {@code $ref} lands on a node that itself has a {@code
 *       $ref}, Ajv continues at that node's target and ignores the node's other keywords (so a ref
 *       to {@code specificeResourceDetected} only checks {@code sourceDetected}), so every {@code
 *       $ref} is re-pointed at the node Ajv really used.
 *   <li>{@code format} ({@code uri}, {@code date-time}) is asserted. networknt checks RFC 3986 /
 *       RFC 3339 strictly, where Ajv's default "fast" mode was lax: e.g. a relative reference such
 *       as "/api/x" passed the runner as "format uri" but fails here.
 * </ul>
 *
 * <p>Each returned string is one failed assertion: {@code "[level:position] title: message
 * [validator details]"}. An empty list means every assertion that ran was met.
 */
public final class AnnotationConformance {

  /**
   * Suite location relative to the project root (a copy of the W3C test suite, so a fresh clone can
   * run it); overridable with -Dw3c.annotation.tests=DIR.
   */
  public static final String DEFAULT_SUITE_DIR =
      "src/test/resources/conformance/w3c-web-annotation-tests";

  public static final String SUITE_DIR_PROPERTY = "w3c.annotation.tests";

  public static final String ANNOTATION_MUSTS = "annotations/annotationMusts.test";
  public static final String COLLECTION_MUSTS = "collections/collectionMusts.test";
  public static final String PAGE_MUSTS = "collections/pages/pageMusts.test";

  /** Base IRI under which the suite's schemas are registered; never dereferenced. */
  private static final String BASE_IRI = "https://w3c-web-annotation-tests.invalid/schemas/";

  private static final int MAX_DETAILS = 4;

  /** Draft-04 keywords that Ajv 4 still evaluated when they stood next to a $ref. */
  private static final Set<String> VALIDATION_KEYWORDS =
      Set.of(
          "type",
          "enum",
          "format",
          "pattern",
          "minLength",
          "maxLength",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "items",
          "additionalItems",
          "minItems",
          "maxItems",
          "uniqueItems",
          "properties",
          "patternProperties",
          "additionalProperties",
          "required",
          "minProperties",
          "maxProperties",
          "dependencies",
          "allOf",
          "anyOf",
          "oneOf",
          "not");

  private static final Map<String, String> TYPE_PREFIX =
      Map.of("must", "", "should", "WARNING: ", "may", "INFORMATIONAL: ");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<Path, Suite> SUITES = new ConcurrentHashMap<>();

  private AnnotationConformance() {}

  // ------------------------------------------------------------------ public API

  /** MUSTs for one Annotation; suite directory from {@link #defaultSuiteDir()}. */
  public static List<String> violations(String annotationJson) {
    return violations(defaultSuiteDir(), annotationJson);
  }

  /** MUSTs for one Annotation ({@value #ANNOTATION_MUSTS}). */
  public static List<String> violations(Path suiteDir, String annotationJson) {
    return run(suiteDir, ANNOTATION_MUSTS, annotationJson);
  }

  /** MUSTs for an AnnotationCollection ({@value #COLLECTION_MUSTS}). */
  public static List<String> violationsOfCollection(String collectionJson) {
    return violationsOfCollection(defaultSuiteDir(), collectionJson);
  }

  public static List<String> violationsOfCollection(Path suiteDir, String collectionJson) {
    return run(suiteDir, COLLECTION_MUSTS, collectionJson);
  }

  /**
   * MUSTs for an AnnotationPage ({@value #PAGE_MUSTS}): a standalone AnnotationPage, or an
   * AnnotationCollection whose {@code first} is the embedded page.
   */
  public static List<String> violationsOfPage(String pageJson) {
    return violationsOfPage(defaultSuiteDir(), pageJson);
  }

  public static List<String> violationsOfPage(Path suiteDir, String pageJson) {
    return run(suiteDir, PAGE_MUSTS, pageJson);
  }

  /** Runs any {@code .test} file of the suite (path relative to the suite root). */
  public static List<String> run(Path suiteDir, String testFile, String json) {
    Suite suite = SUITES.computeIfAbsent(suiteDir.toAbsolutePath().normalize(), Suite::new);
    TestCase testCase = suite.testCase(testFile);
    JsonNode content;
    try {
      content = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("Parsing submitted input: Parse of JSON failed: " + e.getOriginalMessage());
    }
    List<String> out = new ArrayList<>();
    testCase.runList(testCase.assertions(), content, Action.CONTINUE, 1, out);
    return out;
  }

  /** {@code -Dw3c.annotation.tests=DIR} when set, else {@value #DEFAULT_SUITE_DIR}. */
  public static Path defaultSuiteDir() {
    return Paths.get(System.getProperty(SUITE_DIR_PROPERTY, DEFAULT_SUITE_DIR));
  }

  // ------------------------------------------------------------------ model

  private enum Action {
    CONTINUE,
    SKIP,
    ABORT;

    static Action onUnexpected(String value) {
      if (value != null && value.endsWith("AndSkip")) {
        return SKIP;
      }
      if (value != null && value.endsWith("AndAbort")) {
        return ABORT;
      }
      return CONTINUE; // ...AndContinue, absent or unknown: the runner's default
    }
  }

  private record Outcome(Action action, List<Boolean> results) {}

  private sealed interface Entry permits Leaf, Condition, Group {}

  /** One schema assertion, compiled, or the reason it could not be. */
  private record Leaf(
      String name,
      String title,
      String type,
      boolean expectValid,
      String errorMessage,
      Action onUnexpected,
      Schema schema,
      String compileError)
      implements Entry {}

  /** A condition object: its children's results combined with "and" or "or". */
  private record Condition(
      String title,
      String type,
      String errorMessage,
      Action onUnexpected,
      boolean or,
      List<Entry> children)
      implements Entry {}

  /** A nested assertion list. */
  private record Group(List<Entry> children) implements Entry {}

  /** Where a $ref lands: a document (bare file name) and a JSON pointer into it. */
  private record Location(String file, List<String> pointer) {}

  // ------------------------------------------------------------------ loading

  /** One checkout of the suite: its definitions, schema registry and compiled .test files. */
  private static final class Suite {
    private final Path root;
    private final Map<String, JsonNode> rawDefinitions = new HashMap<>();
    private final SchemaRegistry registry;
    private final Map<String, TestCase> tests = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();

    Suite(Path root) {
      this.root = root;
      Path definitions = root.resolve("definitions");
      if (!Files.isDirectory(definitions)) {
        throw new IllegalArgumentException(
            "Not a w3c web-annotation-tests checkout (no definitions/): " + root);
      }
      try (var files = Files.list(definitions)) {
        files
            .filter(f -> f.getFileName().toString().endsWith(".json"))
            .forEach(f -> rawDefinitions.put(f.getFileName().toString(), readJson(f)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      SchemaRegistryConfig config =
          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
      this.registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_4,
              builder -> builder.schemaRegistryConfig(config).schemas(this::definition));
    }

    TestCase testCase(String testFile) {
      return tests.computeIfAbsent(testFile, this::loadTestCase);
    }

    /** Serves BASE_IRI + name: definitions/name rewritten to Ajv 4 semantics. */
    private String definition(String iri) {
      if (!iri.startsWith(BASE_IRI)) {
        return null;
      }
      String name = iri.substring(BASE_IRI.length());
      int hash = name.indexOf('#');
      if (hash >= 0) {
        name = name.substring(0, hash);
      }
      JsonNode raw = rawDefinitions.get(name);
      if (raw == null) {
        return null;
      }
      try {
        return JSON.writeValueAsString(ajvSemantics(raw.deepCopy(), name, Map.of()));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }

    private JsonNode ajvSemantics(JsonNode doc, String self, Map<String, JsonNode> extraDocs) {
      Map<String, JsonNode> docs = new HashMap<>(rawDefinitions);
      docs.putAll(extraDocs);
      redirectRefs(doc, self, docs);
      return extendRefs(doc);
    }

    private TestCase loadTestCase(String testFile) {
      Path file = root.resolve(testFile).normalize();
      JsonNode test = readJson(file);
      JsonNode assertions = test.get("assertions");
      if (assertions == null || !assertions.isArray() || assertions.isEmpty()) {
        throw new IllegalArgumentException(testFile + " has no assertions list");
      }
      Set<String> skipFailures = new HashSet<>();
      test.path("skipFailures").forEach(t -> skipFailures.add(t.asText().toLowerCase()));
      return new TestCase(buildList(assertions, file.getParent()), skipFailures);
    }

    private List<Entry> buildList(JsonNode list, Path testDir) {
      List<Entry> entries = new ArrayList<>();
      list.forEach(item -> entries.add(buildEntry(item, testDir)));
      return entries;
    }

    private Entry buildEntry(JsonNode item, Path testDir) {
      if (item.isArray()) {
        return new Group(buildList(item, testDir));
      }
      if (item.isTextual()) {
        return leaf(item.asText(), (ObjectNode) readJson(locate(item.asText(), testDir)));
      }
      if (!item.isObject()) {
        throw new IllegalArgumentException("Unsupported assertion entry: " + item);
      }
      ObjectNode object = (ObjectNode) item;
      if (object.path("assertions").isArray()) {
        return new Condition(
            object.path("title").asText("condition"),
            typeOf(object),
            textOrNull(object, "errorMessage"),
            Action.onUnexpected(textOrNull(object, "onUnexpectedResult")),
            "or".equals(object.path("compareWith").asText("and")),
            buildList(object.get("assertions"), testDir));
      }
      if (object.has("assertionFile")) {
        String ref = object.get("assertionFile").asText();
        ObjectNode merged = (ObjectNode) readJson(locate(ref, testDir));
        object
            .fields()
            .forEachRemaining(
                e -> {
                  if (!"assertionFile".equals(e.getKey())) {
                    merged.set(e.getKey(), e.getValue());
                  }
                });
        return leaf(ref, merged);
      }
      return leaf("inline.json", object.deepCopy());
    }

    /** The runner's rule: no slash means next to the .test file, otherwise from the root. */
    private Path locate(String ref, Path testDir) {
      if (ref.startsWith("http:") || ref.startsWith("https:")) {
        throw new IllegalArgumentException("Remote assertion files are not supported: " + ref);
      }
      Path base = ref.indexOf('/') < 0 ? testDir : root;
      return base.resolve(ref.startsWith("/") ? ref.substring(1) : ref).normalize();
    }

    private Leaf leaf(String name, ObjectNode assertion) {
      Schema schema = null;
      String compileError = null;
      try {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        String self = assertion.path("id").asText(fileName);
        JsonNode prepared =
            ajvSemantics(assertion.deepCopy(), self, Map.of(self, assertion.deepCopy()));
        // Its own retrieval IRI next to the definitions, so "annotations.json#/..." resolves.
        String iri = BASE_IRI + "assertion-" + counter.incrementAndGet() + "-" + fileName;
        schema = registry.getSchema(SchemaLocation.of(iri), prepared);
        schema.initializeValidators(); // resolve every $ref now: a broken one shows up here
      } catch (RuntimeException e) {
        compileError = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      return new Leaf(
          name,
          assertion.path("title").asText(name),
          typeOf(assertion),
          !"invalid".equals(assertion.path("expectedResult").asText("valid")),
          textOrNull(assertion, "errorMessage"),
          Action.onUnexpected(textOrNull(assertion, "onUnexpectedResult")),
          schema,
          compileError);
    }
  }

  // ------------------------------------------------------------------ running

  private record TestCase(List<Entry> assertions, Set<String> skipFailures) {

    Outcome runList(
        List<Entry> entries, JsonNode content, Action inherited, int level, List<String> out) {
      Action action = inherited;
      List<Boolean> results = new ArrayList<>();
      int num = 0;
      for (Entry entry : entries) {
        num++;
        if (action == Action.ABORT) {
          break;
        }
        if (entry instanceof Group group) {
          Outcome nested = runList(group.children(), content, action, level + 1, out);
          results.addAll(nested.results());
          if (nested.action() == Action.ABORT) {
            action = Action.ABORT;
          }
          continue;
        }
        if (action != Action.CONTINUE) {
          continue; // an earlier assertion of this list asked to skip the rest
        }
        if (entry instanceof Condition condition) {
          Outcome children =
              runList(condition.children(), content, Action.CONTINUE, level + 1, out);
          boolean result =
              condition.or()
                  ? children.results().contains(Boolean.TRUE)
                  : !children.results().contains(Boolean.FALSE);
          results.add(result);
          if (children.action() == Action.ABORT) {
            action = Action.ABORT;
          } else {
            action = result ? Action.CONTINUE : condition.onUnexpected();
          }
          if (!result && !skipFailures.contains(condition.type())) {
            out.add(
                describe(
                    level,
                    num,
                    condition.title(),
                    condition.type(),
                    condition.errorMessage(),
                    "valid",
                    List.of()));
          }
          continue;
        }
        Leaf leaf = (Leaf) entry;
        if (leaf.schema() == null) {
          // The runner records no result for a schema that does not compile, only a failure.
          out.add(
              "["
                  + level
                  + ":"
                  + num
                  + "] Compiling "
                  + leaf.name()
                  + " failed: "
                  + leaf.compileError());
          continue;
        }
        List<Error> errors = leaf.schema().validate(content);
        boolean result = errors.isEmpty() == leaf.expectValid();
        results.add(result);
        action = result ? Action.CONTINUE : leaf.onUnexpected();
        if (!result && !skipFailures.contains(leaf.type())) {
          out.add(
              describe(
                  level,
                  num,
                  leaf.title(),
                  leaf.type(),
                  leaf.errorMessage(),
                  leaf.expectValid() ? "valid" : "invalid",
                  errors));
        }
      }
      return new Outcome(action, results);
    }
  }

  private static String describe(
      int level,
      int num,
      String title,
      String type,
      String errorMessage,
      String expected,
      List<Error> errors) {
    StringBuilder sb = new StringBuilder();
    sb.append('[')
        .append(level)
        .append(':')
        .append(num)
        .append("] ")
        .append(plainText(title))
        .append(": ")
        .append(TYPE_PREFIX.getOrDefault(type, ""))
        .append(errorMessage != null ? errorMessage : "Result was not " + expected);
    if (!errors.isEmpty()) {
      sb.append(" [");
      for (int i = 0; i < Math.min(MAX_DETAILS, errors.size()); i++) {
        sb.append(i == 0 ? "" : "; ").append(errors.get(i));
      }
      if (errors.size() > MAX_DETAILS) {
        sb.append("; ... ").append(errors.size() - MAX_DETAILS).append(" more");
      }
      sb.append(']');
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ Ajv 4 emulation

  /**
   * Re-points every {@code $ref} in {@code node} (a schema inside document {@code self}) at the
   * node Ajv 4 really validated against: Ajv walks the ref's JSON pointer and, whenever the node
   * reached has a {@code $ref} of its own, continues at that node's target (ignoring the node's
   * other keywords).
   */
  private static void redirectRefs(JsonNode node, String self, Map<String, JsonNode> docs) {
    if (node.isArray()) {
      node.forEach(child -> redirectRefs(child, self, docs));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    JsonNode ref = object.get("$ref");
    if (ref != null && ref.isTextual()) {
      Location target = resolveLikeAjv(self, ref.asText(), docs, 0);
      if (target != null) {
        StringBuilder pointer = new StringBuilder();
        for (String part : target.pointer()) {
          pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        }
        object.put("$ref", (target.file().equals(self) ? "" : target.file()) + "#" + pointer);
      }
    }
    object.elements().forEachRemaining(child -> redirectRefs(child, self, docs));
  }

  /** Returns null when the ref cannot be followed; the validator then reports it. */
  private static Location resolveLikeAjv(
      String currentFile, String ref, Map<String, JsonNode> docs, int depth) {
    if (depth > 64) {
      throw new IllegalStateException("$ref cycle at " + ref);
    }
    int hash = ref.indexOf('#');
    String filePart = hash >= 0 ? ref.substring(0, hash) : ref;
    String fragment = hash >= 0 ? ref.substring(hash + 1) : "";
    // The suite's ids are bare file names in one flat namespace.
    String file =
        filePart.isEmpty() ? currentFile : filePart.substring(filePart.lastIndexOf('/') + 1);
    JsonNode node = docs.get(file);
    if (node == null || !fragment.startsWith("/")) {
      return null;
    }
    List<String> path = new ArrayList<>();
    for (String raw : fragment.substring(1).split("/", -1)) {
      if (raw.isEmpty()) {
        continue; // Ajv skips empty segments too
      }
      String part =
          URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8)
              .replace("~1", "/")
              .replace("~0", "~");
      node = child(node, part);
      if (node == null) {
        return null;
      }
      path.add(part);
      JsonNode inner = node.get("$ref");
      if (inner != null && inner.isTextual()) {
        Location next = resolveLikeAjv(file, inner.asText(), docs, depth + 1);
        if (next == null) {
          return null;
        }
        file = next.file();
        path = new ArrayList<>(next.pointer());
        node = docs.get(file);
        for (String p : path) {
          node = child(node, p);
        }
      }
    }
    return new Location(file, path);
  }

  private static JsonNode child(JsonNode node, String part) {
    if (node.isArray()) {
      return part.chars().allMatch(Character::isDigit) ? node.get(Integer.parseInt(part)) : null;
    }
    return node.get(part);
  }

  /**
   * Rewrites, recursively, every object that has a {@code $ref} plus validation keywords into
   * {@code {..., "allOf": [{"$ref": r}, {those keywords}]}}, which is how Ajv 4 treated them. Other
   * members (id, $schema, title, definitions, the suite's own keys) stay in place.
   */
  static JsonNode extendRefs(JsonNode node) {
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, extendRefs(array.get(i)));
      }
      return array;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode object = (ObjectNode) node;
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      object.set(name, extendRefs(object.get(name)));
    }
    JsonNode ref = object.get("$ref");
    if (ref == null || !ref.isTextual()) {
      return object;
    }
    ObjectNode siblings = JsonNodeFactory.instance.objectNode();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (VALIDATION_KEYWORDS.contains(name)) {
        siblings.set(name, object.get(name));
        it.remove();
      }
    }
    if (siblings.isEmpty()) {
      return object;
    }
    object.remove("$ref");
    ArrayNode allOf = object.putArray("allOf");
    allOf.addObject().set("$ref", ref);
    allOf.add(siblings);
    return object;
  }

  // ------------------------------------------------------------------ helpers

  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");
  private static final Pattern MD_EMPHASIS = Pattern.compile("(?<!\\w)_([^_]+)_(?!\\w)");

  /** Strips the Markdown of assertion titles: **bold**, _italic_, [text](url). */
  static String plainText(String markdown) {
    String s = markdown.replace("**", "");
    s = MD_EMPHASIS.matcher(s).replaceAll("$1");
    s = MD_LINK.matcher(s).replaceAll("$1 ($2)");
    return s.replaceAll("\\s+", " ").trim();
  }

  private static String typeOf(JsonNode assertion) {
    String type = assertion.path("assertionType").asText("must").toLowerCase();
    return TYPE_PREFIX.containsKey(type) ? type : "must";
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
