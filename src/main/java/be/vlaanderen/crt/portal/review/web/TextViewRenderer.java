package be.vlaanderen.crt.portal.review.web;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.extraction.ExtractedText.Block;
import be.vlaanderen.crt.portal.extraction.ExtractedText.Segment;
import be.vlaanderen.crt.portal.platform.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders extracted text as safe HTML for the review page: only headings, paragraphs, lists and
 * tables of our own making, every character of the document escaped. Each text element carries
 * {@code data-start} (its offset in the plain text) so the page's script can turn a selection into
 * offsets, and remark passages are wrapped in {@code <mark>} elements.
 */
public final class TextViewRenderer {

  /** A passage to highlight: the remark's id, its offsets and a CSS class. */
  public record Highlight(long remarkId, int start, int end, String cssClass) {}

  private TextViewRenderer() {}

  public static String render(ExtractedText text, List<Highlight> highlights) {
    StringBuilder html = new StringBuilder(text.plain().length() * 2 + 256);
    int page = -1;
    String open = null; // "ul" or "table" while consecutive items are grouped
    for (Block block : text.blocks()) {
      if (block.page() != page && block.page() > 0) {
        open = close(html, open);
        html.append("<div class=\"tv-page\" data-page=\"")
            .append(block.page())
            .append("\" contenteditable=\"false\"><span>")
            .append(block.page())
            .append("</span></div>");
      }
      page = block.page();
      String group =
          switch (block.kind()) {
            case "li" -> "ul";
            case "tr" -> "table";
            default -> null;
          };
      if (!java.util.Objects.equals(group, open)) {
        close(html, open);
        open = group;
        if ("ul".equals(group)) {
          html.append("<ul class=\"tv-list\">");
        } else if ("table".equals(group)) {
          html.append("<table class=\"tv-table\"><tbody>");
        }
      }
      switch (block.kind()) {
        case "tr" -> {
          html.append("<tr>");
          for (Segment cell : block.segments()) {
            segment(html, "td", cell, block.page(), highlights);
          }
          html.append("</tr>");
        }
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          // Shifted two levels down: the page's own headings come first.
          int level = Math.min(6, block.kind().charAt(1) - '0' + 2);
          segment(html, "h" + level, block.segments().get(0), block.page(), highlights);
        }
        case "li" -> segment(html, "li", block.segments().get(0), block.page(), highlights);
        default -> segment(html, "p", block.segments().get(0), block.page(), highlights);
      }
    }
    close(html, open);
    return html.toString();
  }

  private static String close(StringBuilder html, String open) {
    if ("ul".equals(open)) {
      html.append("</ul>");
    } else if ("table".equals(open)) {
      html.append("</tbody></table>");
    }
    return null;
  }

  private static void segment(
      StringBuilder html, String tag, Segment segment, int page, List<Highlight> highlights) {
    html.append('<')
        .append(tag)
        .append(" class=\"tv-seg\" data-start=\"")
        .append(segment.start())
        .append('"');
    if (page > 0) {
      html.append(" data-page=\"").append(page).append('"');
    }
    html.append('>');
    int from = segment.start();
    int to = segment.end();
    List<Highlight> here = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(from);
    cuts.add(to);
    for (Highlight h : highlights) {
      if (h.start() < to && h.end() > from) {
        here.add(h);
        cuts.add(Math.max(from, h.start()));
        cuts.add(Math.min(to, h.end()));
      }
    }
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null) {
        String piece = segment.text().substring(previous - from, cut - from);
        List<Highlight> covering = new ArrayList<>();
        for (Highlight h : here) {
          if (h.start() <= previous && h.end() >= cut) {
            covering.add(h);
          }
        }
        if (covering.isEmpty()) {
          Html.escape(html, piece);
        } else {
          Highlight first = covering.get(covering.size() - 1);
          html.append("<mark class=\"hl ")
              .append(first.cssClass())
              .append(covering.size() > 1 ? " hl-multi" : "")
              .append("\" data-remark=\"")
              .append(first.remarkId())
              .append("\" title=\"#")
              .append(first.remarkId())
              .append("\">");
          Html.escape(html, piece);
          html.append("</mark>");
        }
      }
      previous = cut;
    }
    html.append("</").append(tag).append('>');
  }
}
