package be.vlaanderen.crt.portal.toolkit.api;

import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.lesson.LessonService;
import be.vlaanderen.crt.portal.lesson.LightMarkup;
import be.vlaanderen.crt.portal.search.Searches;
import be.vlaanderen.crt.portal.search.Searches.Request;
import be.vlaanderen.crt.portal.search.Searches.Result;
import be.vlaanderen.crt.portal.toolkit.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/toolkit/…}: the public toolkit, no login. */
@Path("toolkit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ToolkitApi {

  static final int PAGE_SIZE = 10;

  @Inject SearchService search;

  @Inject be.vlaanderen.crt.portal.platform.PublicUrl publicUrl;

  @Inject LessonService lessons;

  /** One hit as the API shows it. */
  public record HitView(
      String id, String title, String type, List<String> themes, String snippet, String url) {}

  /** A page of results. */
  public record SearchView(
      long total,
      int page,
      int pages,
      List<HitView> hits,
      Map<String, Map<String, Integer>> facets,
      String suggestion,
      String fallback,
      String fallbackTheme) {}

  @GET
  @Path("search")
  @Operation(
      summary =
          "Zoeken in de publieke toolkit (lessen en hulpmiddelen); zonder treffers met alle woorden zoekt het naar een deel van de woorden (fallback SOME_WORDS, met het meest voorkomende thema in fallbackTheme)")
  public SearchView search(
      @QueryParam("q") String q,
      @QueryParam("theme") String theme,
      @QueryParam("type") String type,
      @QueryParam("source") String source,
      @QueryParam("page") Integer page) {
    Result r =
        search.search(
            new Request(
                limit(q), theme, type, source, page == null ? 0 : Math.max(0, page - 1), PAGE_SIZE),
            Searches.publicOnly());
    return view(r);
  }

  static SearchView view(Result r) {
    return new SearchView(
        r.total(),
        r.page() + 1,
        r.pages(),
        r.hits().stream()
            .map(h -> new HitView(h.uid(), h.title(), h.type(), h.themes(), h.snippet(), h.url()))
            .toList(),
        r.facets(),
        r.suggestion(),
        r.fallback(),
        r.fallbackTheme());
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Aanvullen terwijl u typt: titels die passen")
  public List<String> suggest(@QueryParam("q") String q) {
    return search.complete(limit(q), 8);
  }

  /** A published lesson. */
  public record LessonView(
      long id,
      String title,
      String summary,
      String bodyHtml,
      List<String> themes,
      String source,
      int version,
      Instant publishedAt) {}

  @GET
  @Path("lessons/{id}")
  @Operation(summary = "Een gepubliceerde les")
  public LessonView lesson(@PathParam("id") long id) {
    Lesson l = lessons.published(id);
    return new LessonView(
        l.getId(),
        l.getTitle(),
        l.getSummary(),
        LightMarkup.html(l.getBody()),
        l.themeList(),
        l.getSourceLabel(),
        l.getVersion(),
        l.getPublishedAt());
  }

  @Inject be.vlaanderen.crt.portal.toolkit.Handbook handbook;

  @GET
  @Path("handbook.pdf")
  @Produces("application/pdf")
  @Operation(summary = "Het handboek: alle gepubliceerde lessen en hulpmiddelen per thema, als PDF")
  public jakarta.ws.rs.core.Response handbook() {
    return jakarta.ws.rs.core.Response.ok(handbook.pdf(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"toolkit-handboek.pdf\"")
        .build();
  }

  @GET
  @Path("feed.atom")
  @Produces("application/atom+xml")
  @Operation(summary = "Atom-feed van de nieuw gepubliceerde lessen")
  public String feed() {
    String root = publicUrl.of("");
    List<Lesson> latest = lessons.publishedLessons().stream().limit(20).toList();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">")
        .append("<title>Toolkit bedrijfscontinu\u00efteit \u2013 nieuwe lessen</title>")
        .append("<id>")
        .append(x(root))
        .append("toolkit/</id>")
        .append("<link rel=\"self\" href=\"")
        .append(x(root))
        .append("api/toolkit/feed.atom\"/>")
        .append("<link href=\"")
        .append(x(root))
        .append("toolkit/index.xhtml\"/>")
        .append("<updated>")
        .append(
            latest.isEmpty() || latest.get(0).getPublishedAt() == null
                ? Instant.EPOCH
                : latest.get(0).getPublishedAt())
        .append("</updated><author><name>Cyber Response Team</name></author>");
    for (Lesson l : latest) {
      String link = root + "toolkit/les.xhtml?id=" + l.getId();
      xml.append("<entry><title>")
          .append(x(l.getTitle()))
          .append("</title>")
          .append("<id>")
          .append(x(link))
          .append("</id>")
          .append("<link href=\"")
          .append(x(link))
          .append("\"/>")
          .append("<updated>")
          .append(l.getUpdatedAt() == null ? l.getCreatedAt() : l.getUpdatedAt())
          .append("</updated>")
          .append("<published>")
          .append(l.getPublishedAt() == null ? l.getCreatedAt() : l.getPublishedAt())
          .append("</published>")
          .append("<summary>")
          .append(x(l.getSummary() == null ? "" : l.getSummary()))
          .append("</summary>");
      for (String t : l.themeList()) {
        xml.append("<category term=\"").append(x(t)).append("\"/>");
      }
      xml.append("</entry>");
    }
    return xml.append("</feed>").toString();
  }

  private static String x(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String limit(String q) {
    if (q == null) {
      return null;
    }
    return q.length() > 500 ? q.substring(0, 500) : q;
  }
}
