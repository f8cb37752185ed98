package be.vlaanderen.crt.portal.toolkit;

import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.lesson.LessonService;
import be.vlaanderen.crt.portal.lesson.LightMarkup;
import be.vlaanderen.crt.portal.lesson.ToolkitResource;
import be.vlaanderen.crt.portal.lesson.ToolkitResources;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.SimplePdf;
import be.vlaanderen.crt.portal.platform.WinAnsi;
import be.vlaanderen.crt.portal.programme.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The toolkit handbook: every published lesson and resource in one PDF, grouped by theme, with a
 * table of contents (page numbers and PDF bookmarks). Made on demand and kept until the toolkit
 * changes (the search index's position in the change log tells when).
 */
@ApplicationScoped
public class Handbook {

  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  @Inject LessonService lessons;

  @Inject ToolkitResources resources;

  @Inject SearchService search;

  private final AtomicReference<Object[]> cache = new AtomicReference<>();

  /** The handbook as of the toolkit's current state. */
  public byte[] pdf() {
    long version = search.lastApplied();
    Object[] cached = cache.get();
    if (cached != null && (long) cached[0] == version) {
      return (byte[]) cached[1];
    }
    byte[] pdf = render();
    cache.set(new Object[] {version, pdf});
    return pdf;
  }

  /** A published lesson or resource in the handbook; {@code body} is the lesson's light markup. */
  public record Entry(
      boolean lesson, long id, String title, String summary, String body, String typeLabel)
      implements java.io.Serializable {

    /** The lesson's text as HTML (escaped, then the light markup applied). */
    public String bodyHtml() {
      return body == null || body.isBlank() ? "" : LightMarkup.html(body);
    }
  }

  /** One theme's chapter: its entries under the theme's first listing. */
  public record Chapter(Theme theme, String label, List<Entry> entries)
      implements java.io.Serializable {

    public String anchor() {
      return "thema-" + theme.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * The handbook's content, the same for the PDF and the HTML version: every published lesson and
   * resource under its first theme, themes in their fixed order, empty themes left out.
   */
  public List<Chapter> chapters() {
    Locale nl = Messages.DUTCH;
    Map<Theme, List<Entry>> byTheme = new LinkedHashMap<>();
    for (Theme theme : Theme.values()) {
      byTheme.put(theme, new ArrayList<>());
    }
    for (Lesson l : lessons.publishedLessons()) {
      Theme first = Theme.parse(l.themeList().isEmpty() ? null : l.themeList().get(0));
      if (first != null) {
        byTheme
            .get(first)
            .add(
                new Entry(
                    true,
                    l.getId(),
                    l.getTitle(),
                    l.getSummary(),
                    l.getBody(),
                    Messages.get(nl, "toolkit.type.LESSON")));
      }
    }
    for (ToolkitResource r : resources.all()) {
      Theme first = Theme.parse(r.themeList().isEmpty() ? null : r.themeList().get(0));
      if (r.isPublished() && first != null) {
        byTheme
            .get(first)
            .add(
                new Entry(
                    false,
                    r.getId(),
                    r.getTitle(),
                    r.getDescription(),
                    "",
                    Messages.get(nl, "toolkit.type." + r.getType().name())));
      }
    }
    List<Chapter> chapters = new ArrayList<>();
    byTheme.forEach(
        (theme, entries) -> {
          if (!entries.isEmpty()) {
            chapters.add(
                new Chapter(
                    theme, Messages.get(nl, "theme." + theme.name()), List.copyOf(entries)));
          }
        });
    return chapters;
  }

  private byte[] render() {
    Locale nl = Messages.DUTCH;
    Map<Theme, List<String[]>> byTheme = new LinkedHashMap<>();
    for (Chapter chapter : chapters()) {
      List<String[]> items = new ArrayList<>();
      for (Entry e : chapter.entries()) {
        items.add(
            new String[] {
              e.title(),
              e.summary(),
              e.lesson() ? LightMarkup.plain(e.body()) : "",
              e.lesson() ? "Les" : e.typeLabel()
            });
      }
      byTheme.put(chapter.theme(), items);
    }
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SimplePdf w = new SimplePdf(doc);
      PDDocumentOutline outline = new PDDocumentOutline();
      doc.getDocumentCatalog().setDocumentOutline(outline);
      Map<Theme, Integer> startPages = new LinkedHashMap<>();
      for (var entry : byTheme.entrySet()) {
        if (entry.getValue().isEmpty()) {
          continue;
        }
        w.newPage();
        startPages.put(entry.getKey(), doc.getNumberOfPages());
        bookmark(
            outline,
            doc.getPage(doc.getNumberOfPages() - 1),
            Messages.get(nl, "theme." + entry.getKey().name()));
        w.paragraph(Messages.get(nl, "theme." + entry.getKey().name()), w.bold, 18, 10);
        for (String[] item : entry.getValue()) {
          w.paragraph(item[0], w.bold, 13, 2);
          w.paragraph(item[3], w.italic, 9, 4);
          if (item[1] != null && !item[1].isBlank()) {
            w.paragraph(item[1], w.italic, 10.5f, 4);
          }
          for (String p : item[2].split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
              w.paragraph(p.replaceAll("\\s+", " "), w.regular, 10.5f, 4);
            }
          }
          w.space(10);
        }
      }
      w.close();
      // The cover with the table of contents goes in front; content pages shift by one.
      PDPage toc = new PDPage(PDRectangle.A4);
      if (doc.getNumberOfPages() > 0) {
        doc.getPages().insertBefore(toc, doc.getPage(0));
      } else {
        doc.addPage(toc);
      }
      try (PDPageContentStream c = new PDPageContentStream(doc, toc)) {
        float y = PDRectangle.A4.getHeight() - 90;
        y = text(c, WinAnsi.safe(Messages.get(nl, "handbook.title")), w.bold, 22, MARGIN, y) - 10;
        y =
            text(c, WinAnsi.safe(Messages.get(nl, "handbook.subtitle")), w.regular, 11, MARGIN, y)
                - 24;
        y = text(c, WinAnsi.safe(Messages.get(nl, "handbook.contents")), w.bold, 14, MARGIN, y) - 6;
        for (var e : startPages.entrySet()) {
          String label = WinAnsi.safe(Messages.get(nl, "theme." + e.getKey().name()));
          String page = Integer.toString(e.getValue() + 1);
          text(c, label, w.regular, 12, MARGIN, y);
          float pw = w.regular.getStringWidth(page) / 1000 * 12;
          y = text(c, page, w.regular, 12, MARGIN + WIDTH - pw, y) - 4;
        }
      }
      doc.getDocumentCatalog().setLanguage("nl-BE");
      var info = new org.apache.pdfbox.pdmodel.PDDocumentInformation();
      info.setTitle(Messages.get(nl, "handbook.title"));
      info.setSubject(Messages.get(nl, "handbook.subtitle"));
      doc.setDocumentInformation(info);
      var preferences =
          new org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences(
              new org.apache.pdfbox.cos.COSDictionary());
      preferences.setDisplayDocTitle(true);
      doc.getDocumentCatalog().setViewerPreferences(preferences);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void bookmark(PDDocumentOutline outline, PDPage page, String title) {
    PDOutlineItem item = new PDOutlineItem();
    PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
    dest.setPage(page);
    item.setDestination(dest);
    item.setTitle(title);
    outline.addLast(item);
  }

  private static float text(
      PDPageContentStream c, String s, PDType1Font font, float size, float x, float y)
      throws IOException {
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, y);
    c.showText(s);
    c.endText();
    return y - size * 1.4f;
  }
}
