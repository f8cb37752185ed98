package be.vlaanderen.crt.portal.search;

import java.util.List;
import java.util.Objects;

/**
 * What the index holds of one searchable thing.
 *
 * @param uid "LESSON:12", "RESOURCE:3", "SUBMISSION:7"
 * @param type facet value: LESSON, TEMPLATE, CHECKLIST, GOOD_PRACTICE, or the kind of a submission
 * @param publicDoc whether anyone may find it (the toolkit); otherwise only the CRT and {@code
 *     municipalityId}'s own users
 * @param municipalityId the municipality an internal document belongs to, else null
 * @param textProblem why the document is indexed without its text (it could not be extracted), else
 *     null
 */
public record IndexedDoc(
    String uid,
    String type,
    boolean publicDoc,
    Long municipalityId,
    String title,
    String summary,
    String body,
    List<String> themes,
    String source,
    String url,
    String textProblem) {

  /** A document indexed with all its text. */
  public IndexedDoc(
      String uid,
      String type,
      boolean publicDoc,
      Long municipalityId,
      String title,
      String summary,
      String body,
      List<String> themes,
      String source,
      String url) {
    this(uid, type, publicDoc, municipalityId, title, summary, body, themes, source, url, null);
  }

  public IndexedDoc {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(type, "type");
    title = title == null ? "" : title;
    summary = summary == null ? "" : summary;
    body = body == null ? "" : body;
    themes = themes == null ? List.of() : List.copyOf(themes);
    source = source == null ? "" : source;
    url = url == null ? "" : url;
  }

  public static String uid(String kind, long id) {
    return kind + ":" + id;
  }
}
