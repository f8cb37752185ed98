package be.vlaanderen.crt.portal.testsupport;

import jakarta.json.Json;

/** W3C Web Annotations as the tests post them to {@code /api/submissions/{id}/annotations}. */
public final class Annotations {

  /** The media type of the annotation API. */
  public static final String MEDIA_TYPE =
      "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

  private Annotations() {}

  /**
   * A remark ({@code motivation} commenting, questioning, …) with its text, its theme as a tag and
   * the passage it is about.
   */
  public static String remark(String motivation, String text, String theme, String quote) {
    return remark(motivation, text, theme, quote, false);
  }

  /**
   * The same, for the whole document when {@code quote} is null, and for the CRT only when {@code
   * internal}.
   */
  public static String remark(
      String motivation, String text, String theme, String quote, boolean internal) {
    var a =
        Json.createObjectBuilder()
            .add("@context", "http://www.w3.org/ns/anno.jsonld")
            .add("type", "Annotation")
            .add("motivation", motivation)
            .add(
                "body",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("type", "TextualBody").add("value", text))
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "TextualBody")
                            .add("purpose", "tagging")
                            .add("value", theme)));
    if (internal) {
      a.add(
          "audience",
          Json.createObjectBuilder()
              .add("type", "schema:Audience")
              .add("schema:audienceType", "crt-internal"));
    }
    if (quote == null) {
      a.add("target", "http://localhost/whole-document");
    } else {
      a.add(
          "target",
          Json.createObjectBuilder()
              .add("source", "http://localhost/document")
              .add(
                  "selector",
                  Json.createObjectBuilder().add("type", "TextQuoteSelector").add("exact", quote)));
    }
    return a.build().toString();
  }
}
