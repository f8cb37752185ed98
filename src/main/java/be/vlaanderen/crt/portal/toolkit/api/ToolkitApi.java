package be.vlaanderen.crt.portal.toolkit.api;

import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.lesson.LessonService;
import be.vlaanderen.crt.portal.search.Searches;
import be.vlaanderen.crt.portal.search.Searches.Request;
import be.vlaanderen.crt.portal.search.Searches.Result;
import be.vlaanderen.crt.portal.toolkit.LightMarkup;
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
      String suggestion) {}

  @GET
  @Path("search")
  @Operation(summary = "Zoeken in de publieke toolkit (lessen en hulpmiddelen)")
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
        r.suggestion());
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

  static String limit(String q) {
    if (q == null) {
      return null;
    }
    return q.length() > 500 ? q.substring(0, 500) : q;
  }
}
