package be.vlaanderen.crt.portal.toolkit.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.search.Searches;
import be.vlaanderen.crt.portal.search.Searches.Request;
import be.vlaanderen.crt.portal.search.Searches.Result;
import be.vlaanderen.crt.portal.toolkit.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /toolkit/index.xhtml?q=…&theme=…&type=…&page=…}: the public search. Everything is in the
 * URL, so a search can be bookmarked and shared.
 */
@Named
@RequestScoped
public class ToolkitPage {

  static final int PAGE_SIZE = 10;

  @Inject SearchService search;

  private String q;
  private String theme;
  private String type;
  private String source;
  private int page = 1;
  private Result result;

  public void load() {
    if (q != null && q.length() > 500) {
      q = q.substring(0, 500);
    }
    if (theme != null && Theme.parse(theme) == null) {
      theme = null;
    }
    result =
        search.search(
            new Request(q, theme, blank(type), blank(source), Math.max(0, page - 1), PAGE_SIZE),
            Searches.publicOnly());
  }

  /** A link to this search with one parameter changed (null removes it); page back to 1. */
  public String link(String name, String value) {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("q", q);
    params.put("theme", theme);
    params.put("type", type);
    params.put("source", source);
    params.put(name, value);
    if (!"page".equals(name)) {
      params.remove("page");
    }
    StringBuilder url =
        new StringBuilder(
            FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/toolkit/index.xhtml");
    char sep = '?';
    for (var e : params.entrySet()) {
      if (e.getValue() != null && !e.getValue().isBlank()) {
        url.append(sep)
            .append(e.getKey())
            .append('=')
            .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return url.toString();
  }

  /** The same search without any filter. */
  public String getClearLink() {
    String saved = theme;
    String savedType = type;
    String savedSource = source;
    theme = null;
    type = null;
    source = null;
    String link = link("q", q);
    theme = saved;
    type = savedType;
    source = savedSource;
    return link;
  }

  /** The facet values of a dimension, most frequent first. */
  public List<Map.Entry<String, Integer>> facet(String dim) {
    if (result == null) {
      return List.of();
    }
    List<Map.Entry<String, Integer>> list =
        new ArrayList<>(result.facets().getOrDefault(dim, Map.of()).entrySet());
    list.sort((a, b) -> b.getValue() - a.getValue());
    return list;
  }

  public String themeLabel(String name) {
    return Messages.get(locale(), "theme." + name);
  }

  public String typeLabel(String name) {
    String key = "toolkit.type." + name;
    return Messages.has(locale(), key) ? Messages.get(locale(), key) : name;
  }

  public List<Integer> getPages() {
    List<Integer> pages = new ArrayList<>();
    int last = result == null ? 1 : result.pages();
    for (int p = Math.max(1, page - 3); p <= Math.min(last, page + 3); p++) {
      pages.add(p);
    }
    return pages;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public Result getResult() {
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, Math.min(1000, page));
  }

  public Theme[] getThemes() {
    return Theme.values();
  }
}
