package be.vlaanderen.crt.portal.platform;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Lays out wrapped paragraphs on A4 pages from the top down, in the standard Helvetica fonts. */
public final class SimplePdf {
  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  public final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  public final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  public final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  private final PDDocument doc;
  private PDPageContentStream content;
  private float y;

  public SimplePdf(PDDocument doc) {
    this.doc = doc;
  }

  public void newPage() throws IOException {
    close();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    content = new PDPageContentStream(doc, page);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  public void paragraph(String text, PDType1Font font, float size, float after) throws IOException {
    StringBuilder line = new StringBuilder();
    for (String word : WinAnsi.safe(text).split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > WIDTH && line.length() > 0) {
        line(line.toString(), font, size);
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      line(line.toString(), font, size);
    }
    y -= after;
  }

  /**
   * Makes room for a drawing of {@code height} points (a new page when it does not fit) and returns
   * the y of its top; the drawing goes into {@link #content()}.
   */
  public float reserve(float height) throws IOException {
    if (y - height < MARGIN) {
      newPage();
    }
    float top = y;
    y -= height;
    return top;
  }

  /** The page being written. */
  public PDPageContentStream content() {
    return content;
  }

  /** The left margin and the usable width, for drawings. */
  public static float left() {
    return MARGIN;
  }

  public static float width() {
    return WIDTH;
  }

  public void space(float points) {
    y -= points;
  }

  private void line(String s, PDType1Font font, float size) throws IOException {
    if (y - size < MARGIN) {
      newPage();
    }
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(MARGIN, y - size);
    content.showText(s);
    content.endText();
    y -= size * 1.35f;
  }

  public void close() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }
}
