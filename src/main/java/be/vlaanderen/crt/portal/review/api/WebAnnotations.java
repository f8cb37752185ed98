package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.review.RemarkInput;
import be.vlaanderen.crt.portal.review.RemarkKind;
import be.vlaanderen.crt.portal.review.RemarkView;
import be.vlaanderen.crt.portal.review.RemarkView.ReplyView;
import be.vlaanderen.crt.portal.review.Visibility;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Remarks as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/) and back.
 *
 * <ul>
 *   <li>kind → {@code motivation}: question = questioning, remark = commenting, good practice =
 *       assessing; a reply is an annotation with motivation replying whose target is the remark.
 *   <li>text → a {@code TextualBody} (plain text, Dutch); theme → a second {@code TextualBody} with
 *       purpose tagging whose value is the theme's identifier ("mtpd-rto-rpo").
 *   <li>passage → target {@code SpecificResource} on the version's content, with a {@code
 *       TextQuoteSelector}, a {@code TextPositionSelector} (offsets in the extracted text) and, for
 *       PDFs, a {@code FragmentSelector} page=N (RFC 3778). A remark on the whole document targets
 *       the document itself.
 *   <li>internal remarks carry {@code audience} with audience type {@value #INTERNAL_AUDIENCE}.
 * </ul>
 */
public final class WebAnnotations {

  public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
  public static final String MEDIA_TYPE =
      "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
  public static final String INTERNAL_AUDIENCE = "crt-internal";
  static final String REPLY_PREFIX = "reply-";

  /**
   * The prefix of the portal's extension properties ({@code crt:carryOver}); the @context says what
   * it stands for, after the Web Annotation context, as the model's extension rules ask.
   */
  static final String EXTENSION_PREFIX = "crt";

  private WebAnnotations() {}

  /** The @context of everything the API answers: the Web Annotation context and the extension. */
  public static JsonArrayBuilder context(Iris iris) {
    return Json.createArrayBuilder()
        .add(CONTEXT)
        .add(Json.createObjectBuilder().add(EXTENSION_PREFIX, iris.vocabulary()));
  }

  /** The IRIs the annotations use, relative to the API's base URI. */
  public record Iris(URI apiBase, long submissionId) {
    String container() {
      return apiBase + "submissions/" + submissionId + "/annotations/";
    }

    String remark(long id) {
      return container() + id;
    }

    String reply(long id) {
      return container() + REPLY_PREFIX + id;
    }

    String document(long versionId) {
      return apiBase + "documents/" + versionId + "/content";
    }

    /** The namespace of the portal's extension properties. */
    String vocabulary() {
      return apiBase + "annotations/vocabulary#";
    }

    String user(String username) {
      return apiBase + "users/" + username;
    }
  }

  public static JsonObject remark(RemarkView r, Iris iris, boolean withContext) {
    JsonObjectBuilder a = Json.createObjectBuilder();
    if (withContext) {
      a.add("@context", context(iris));
    }
    a.add("id", iris.remark(r.id()))
        .add("type", "Annotation")
        .add("motivation", r.kind().motivation())
        .add("creator", person(iris, r.authorUsername(), r.author()))
        .add("created", timestamp(r.created()))
        .add("modified", timestamp(r.modified()));
    a.add(
        "body",
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("type", "TextualBody")
                    .add("value", r.body())
                    .add("format", "text/plain")
                    .add("language", "nl")
                    .add("purpose", r.kind().motivation()))
            .add(
                Json.createObjectBuilder()
                    .add("type", "TextualBody")
                    .add("value", r.theme().slug())
                    .add("purpose", "tagging")));
    if (r.visibility() == Visibility.INTERNAL) {
      a.add(
          "audience",
          Json.createObjectBuilder()
              .add("type", "schema:Audience")
              .add("schema:audienceType", INTERNAL_AUDIENCE));
    }
    String source = iris.document(r.versionId());
    if (r.isGeneral()) {
      a.add("target", source);
    } else {
      JsonArrayBuilder selectors =
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("type", "TextQuoteSelector")
                      .add("exact", r.exact())
                      .add("prefix", r.prefix() == null ? "" : r.prefix())
                      .add("suffix", r.suffix() == null ? "" : r.suffix()))
              .add(
                  Json.createObjectBuilder()
                      .add("type", "TextPositionSelector")
                      .add("start", r.originalStart())
                      .add("end", r.originalEnd()));
      if (r.page() != null) {
        selectors.add(
            Json.createObjectBuilder()
                .add("type", "FragmentSelector")
                .add("conformsTo", "http://tools.ietf.org/rfc/rfc3778")
                .add("value", "page=" + r.page()));
      }
      a.add(
          "target",
          Json.createObjectBuilder()
              .add("type", "SpecificResource")
              .add("source", source)
              .add("selector", selectors));
    }
    if (r.anchor() != null && r.anchorVersionId() != null) {
      a.add(EXTENSION_PREFIX + ":carryOver", carryOver(r, iris));
    }
    return a.build();
  }

  /**
   * Where the remark's passage is on the newest version (made on an earlier one): the state
   * (STILL_PRESENT, CHANGED, NOT_FOUND), that version, and — unless it was not found — its position
   * there as a target with a TextPositionSelector.
   */
  private static JsonObject carryOver(RemarkView r, Iris iris) {
    JsonObjectBuilder target =
        Json.createObjectBuilder()
            .add("type", "SpecificResource")
            .add("source", iris.document(r.anchorVersionId()));
    if (r.start() != null && r.end() != null) {
      target.add(
          "selector",
          Json.createObjectBuilder()
              .add("type", "TextPositionSelector")
              .add("start", r.start())
              .add("end", r.end()));
    }
    return Json.createObjectBuilder()
        .add("state", r.anchor().name())
        .add("versionNumber", r.anchorVersionNumber())
        .add("madeOnVersionNumber", r.versionNumber())
        .add("target", target)
        .build();
  }

  public static JsonObject reply(ReplyView reply, long remarkId, Iris iris, boolean withContext) {
    JsonObjectBuilder a = Json.createObjectBuilder();
    if (withContext) {
      a.add("@context", context(iris));
    }
    return a.add("id", iris.reply(reply.id()))
        .add("type", "Annotation")
        .add("motivation", "replying")
        .add("creator", person(iris, reply.authorUsername(), reply.author()))
        .add("created", timestamp(reply.created()))
        .add("modified", timestamp(reply.created()))
        .add(
            "body",
            Json.createObjectBuilder()
                .add("type", "TextualBody")
                .add("value", reply.body())
                .add("format", "text/plain")
                .add("purpose", "replying"))
        .add("target", iris.remark(remarkId))
        .build();
  }

  /** The remarks and their replies as one {@code AnnotationPage}. */
  public static List<JsonObject> items(List<RemarkView> remarks, Iris iris) {
    List<JsonObject> items = new ArrayList<>();
    for (RemarkView r : remarks) {
      items.add(remark(r, iris, false));
      for (ReplyView reply : r.replies()) {
        items.add(reply(reply, r.id(), iris, false));
      }
    }
    return items;
  }

  private static JsonObject person(Iris iris, String username, String name) {
    return Json.createObjectBuilder()
        .add("id", iris.user(username))
        .add("type", "Person")
        .add("name", name)
        .add("nickname", username)
        .build();
  }

  static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** What a client sent: a remark, or a reply to the remark {@code replyTo}. */
  public record Parsed(RemarkInput remark, Long replyTo, String replyText) {}

  /**
   * Reads a posted or put annotation.
   *
   * @throws InvalidInputException with a message saying what is missing or wrong
   */
  public static Parsed parse(JsonObject a, Iris iris) {
    String motivation = firstString(a.get("motivation"));
    List<JsonObject> bodies = objects(a.get("body"));
    String text = null;
    Theme theme = null;
    for (JsonObject body : bodies) {
      String purpose = firstString(body.get("purpose"));
      String value = body.containsKey("value") ? firstString(body.get("value")) : null;
      if ("tagging".equals(purpose) || "classifying".equals(purpose)) {
        Theme tagged = Theme.parse(value);
        if (tagged == null) {
          throw new InvalidInputException("annotation.invalid.theme", String.valueOf(value));
        }
        theme = tagged;
      } else if (text == null && value != null) {
        text = value;
      }
    }
    if (bodies.isEmpty() && a.get("bodyValue") instanceof JsonString bodyValue) {
      text = bodyValue.getString();
    }
    if ("replying".equals(motivation)) {
      String target = targetSource(a.get("target"));
      String prefix = iris.container();
      if (target == null
          || !target.startsWith(prefix)
          || !target.substring(prefix.length()).matches("\\d{1,18}")) {
        throw new InvalidInputException("annotation.invalid.replyTarget");
      }
      return new Parsed(null, Long.valueOf(target.substring(prefix.length())), text);
    }
    RemarkKind kind = RemarkKind.parse(motivation);
    if (kind == null) {
      throw new InvalidInputException("annotation.invalid.motivation", String.valueOf(motivation));
    }
    if (theme == null) {
      throw new InvalidInputException("annotation.invalid.noTheme");
    }
    Visibility visibility = Visibility.MUNICIPALITY;
    for (JsonObject audience : objects(a.get("audience"))) {
      if (INTERNAL_AUDIENCE.equals(firstString(audience.get("schema:audienceType")))) {
        visibility = Visibility.INTERNAL;
      }
    }
    Integer start = null;
    Integer end = null;
    String exact = null;
    String prefix = null;
    String suffix = null;
    JsonValue target = a.get("target");
    if (target instanceof JsonObject specific) {
      for (JsonObject selector : objects(specific.get("selector"))) {
        switch (String.valueOf(firstString(selector.get("type")))) {
          case "TextQuoteSelector" -> {
            exact = firstString(selector.get("exact"));
            prefix = firstString(selector.get("prefix"));
            suffix = firstString(selector.get("suffix"));
          }
          case "TextPositionSelector" -> {
            start = intOf(selector.get("start"));
            end = intOf(selector.get("end"));
          }
          default -> {
            // FragmentSelector and others: the page follows from the passage.
          }
        }
      }
    } else if (target == null) {
      throw new InvalidInputException("annotation.invalid.noTarget");
    }
    return new Parsed(
        new RemarkInput(kind, theme, visibility, text, start, end, exact, prefix, suffix),
        null,
        null);
  }

  private static String targetSource(JsonValue target) {
    if (target instanceof JsonString s) {
      return s.getString();
    }
    if (target instanceof JsonObject o) {
      String id = firstString(o.get("id"));
      return id != null ? id : firstString(o.get("source"));
    }
    if (target instanceof JsonArray array && !array.isEmpty()) {
      return targetSource(array.get(0));
    }
    return null;
  }

  private static List<JsonObject> objects(JsonValue value) {
    List<JsonObject> out = new ArrayList<>();
    if (value instanceof JsonObject o) {
      out.add(o);
    } else if (value instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonObject o) {
          out.add(o);
        }
      }
    }
    return out;
  }

  private static String firstString(JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonArray array && !array.isEmpty()) {
      return firstString(array.get(0));
    }
    return null;
  }

  private static Integer intOf(JsonValue value) {
    if (value instanceof jakarta.json.JsonNumber n && n.isIntegral()) {
      return n.intValueExact();
    }
    throw new InvalidInputException("annotation.invalid.position");
  }
}
