package be.vlaanderen.crt.portal.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.extraction.ExtractedText.Block;
import be.vlaanderen.crt.portal.extraction.ExtractedText.Segment;
import be.vlaanderen.crt.portal.review.web.TextViewRenderer.Highlight;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review page's HTML: only our own elements, every character escaped, marks in place. */
class TextViewRendererTest {

  private static final ExtractedText TEXT =
      new ExtractedText(
          List.of(
              new Block("h1", 1, List.of(new Segment(0, "Plan"))),
              new Block("p", 1, List.of(new Segment(5, "De RTO is <b>vier</b> uur & meer."))),
              new Block("li", 2, List.of(new Segment(39, "Eerste punt"))),
              new Block("tr", 2, List.of(new Segment(51, "Proces"), new Segment(58, "RTO")))),
          "Plan\nDe RTO is <b>vier</b> uur & meer.\nEerste punt\nProces\tRTO",
          false);

  @Test
  void everythingTheDocumentSaysIsEscaped() {
    String html = TextViewRenderer.render(TEXT, List.of());
    assertTrue(html.contains("De RTO is &lt;b&gt;vier&lt;/b&gt; uur &amp; meer."), html);
    assertFalse(html.contains("<b>"));
    assertTrue(
        html.contains("<h3 class=\"tv-seg\" data-start=\"0\" data-page=\"1\">Plan</h3>"), html);
    assertTrue(html.contains("<ul class=\"tv-list\"><li class=\"tv-seg\" data-start=\"39\""), html);
    assertTrue(
        html.contains("<td class=\"tv-seg\" data-start=\"58\" data-page=\"2\">RTO</td>"), html);
    assertTrue(html.contains("data-page=\"2\" contenteditable=\"false\"><span>2</span>"), html);
  }

  @Test
  void passagesAreMarkedEvenAcrossBlocksAndWhenTheyOverlap() {
    int rto = TEXT.plain().indexOf("RTO");
    List<Highlight> marks =
        List.of(
            new Highlight(7, rto, rto + 3, "hl-question"),
            new Highlight(8, rto, TEXT.plain().indexOf("Eerste") + 6, "hl-remark"));
    String html = TextViewRenderer.render(TEXT, marks);
    assertTrue(
        html.contains(
            "<mark class=\"hl hl-remark hl-multi\" data-remark=\"8\" title=\"#8\">RTO</mark>"),
        html);
    assertTrue(
        html.contains(
            "<mark class=\"hl hl-remark\" data-remark=\"8\" title=\"#8\">Eerste</mark> punt"),
        html);
    assertEquals(3, html.split("<mark ", -1).length - 1, html);
  }
}
