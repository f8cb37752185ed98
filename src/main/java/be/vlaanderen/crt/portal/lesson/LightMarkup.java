package be.vlaanderen.crt.portal.lesson;

import be.vlaanderen.crt.portal.platform.Html;

/**
 * The small markup lessons are written in: paragraphs separated by a blank line, lines starting
 * with "- " as bullets, and **bold**. Rendered to HTML with every character escaped first, so no
 * markup of the author's own can get through.
 */
public final class LightMarkup {

  private LightMarkup() {}

  public static String html(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String block : text.strip().split("\\R\\s*\\R")) {
      String[] lines = block.strip().split("\\R");
      boolean list = java.util.Arrays.stream(lines).allMatch(l -> l.strip().startsWith("- "));
      if (list) {
        out.append("<ul>");
        for (String line : lines) {
          out.append("<li>").append(inline(line.strip().substring(2))).append("</li>");
        }
        out.append("</ul>");
      } else {
        out.append("<p>");
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            out.append("<br/>");
          }
          String line = lines[i].strip();
          out.append(inline(line.startsWith("- ") ? "\u2022 " + line.substring(2) : line));
        }
        out.append("</p>");
      }
    }
    return out.toString();
  }

  /** The text without markup, for the index and for snippets. */
  public static String plain(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("**", "").replaceAll("(?m)^[ \\t]*- ", "");
  }

  private static String inline(String line) {
    String escaped = Html.escape(line);
    return escaped.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
  }
}
