package be.vlaanderen.crt.portal.budget;

import static be.vlaanderen.crt.portal.budget.SteeringExports.days;
import static be.vlaanderen.crt.portal.budget.SteeringExports.euro;

import be.vlaanderen.crt.portal.budget.BudgetReports.Point;
import be.vlaanderen.crt.portal.budget.BudgetReports.Row;
import be.vlaanderen.crt.portal.budget.SteeringReports.Report;
import be.vlaanderen.crt.portal.budget.SteeringReports.WaveProgress;
import be.vlaanderen.crt.portal.pilot.PilotKpis;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.SimplePdf;
import be.vlaanderen.crt.portal.platform.WinAnsi;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** The steering report as PDF: one section after the other, the charts drawn as vector graphics. */
public final class SteeringPdf {

  static final Color PLANNED = new Color(0xB8, 0xC4, 0xD2);
  static final Color REALISED = new Color(0x1B, 0x3A, 0x5C);
  static final Color GRID = new Color(0xE4, 0xE7, 0xEC);

  private SteeringPdf() {}

  /** The report with its charts drawn, in the reader's language. */
  public static byte[] pdf(Report r, Locale l) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SimplePdf w = new SimplePdf(doc);
      title(w, r, l);
      budget(w, r, l);
      pilot(w, r, l);
      bcp(w, r, l);
      kpis(w, r, l);
      obstacles(w, r, l);
      coFinancing(w, r, l);
      w.close();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The title and the report's date. */
  private static void title(SimplePdf w, Report r, Locale l) throws IOException {
    w.newPage();
    w.paragraph(Messages.get(l, "steering.report.title"), w.bold, 20, 4);
    w.paragraph(
        Messages.get(
            l,
            "steering.report.date",
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", l).format(r.date())),
        w.regular,
        11,
        14);
  }

  /** The budget: envelopes, plan lines, the charts and the breakdowns. */
  private static void budget(SimplePdf w, Report r, Locale l) throws IOException {
    w.paragraph(Messages.get(l, "steering.budget"), w.bold, 14, 6);
    BudgetReports.Budget b = r.budget();
    w.paragraph(
        Messages.get(
            l,
            "steering.programmeLine",
            euro(b.programmeEnvelope(), l),
            euro(b.programmePlanned(), l),
            euro(b.programmeRealised(), l),
            euro(b.forecast(), l)),
        w.regular,
        10,
        6);
    for (BudgetReports.TrackBudget t : b.tracks()) {
      w.paragraph(
          Messages.get(
              l,
              "steering.trackLine",
              Messages.get(l, "track." + t.track()),
              euro(t.envelope(), l),
              euro(t.planned(), l),
              euro(t.realised(), l),
              euro(t.remaining(), l)),
          w.regular,
          10,
          2);
    }
    w.space(6);
    w.paragraph(Messages.get(l, "steering.plan"), w.bold, 11, 3);
    for (BudgetReports.PlanLine p : b.plan()) {
      w.paragraph(
          Messages.get(l, "track." + p.track())
              + " · "
              + p.label()
              + (p.days() == null ? "" : " · " + days(p.days(), l) + " × " + euro(p.dayRate(), l))
              + " = "
              + euro(p.amount(), l),
          w.regular,
          9,
          1);
    }
    w.space(8);
    bars(w, Messages.get(l, "steering.chart.profiles"), b.byProfile(), l);
    w.space(10);
    burnUp(w, Messages.get(l, "steering.chart.burnUp"), b.burnUp(), l);
    w.space(8);
    rowsText(w, Messages.get(l, "steering.sheet.groups"), b.byGroup(), l, false);
    rowsText(w, Messages.get(l, "steering.sheet.activities"), b.byActivity(), l, true);
    w.space(8);
  }

  /** The pilot: selection, the integration KPIs and the satisfaction scores. */
  private static void pilot(SimplePdf w, Report r, Locale l) throws IOException {
    w.paragraph(Messages.get(l, "steering.pilot"), w.bold, 14, 6);
    w.paragraph(
        Messages.get(l, "steering.pilotLine", r.selected(), r.dossiers()), w.regular, 10, 4);
    kpi(w, l, "ACM_TI", r.acmTi());
    kpi(w, l, "ACM_PRD", r.acmPrd());
    kpi(w, l, "IDM_TI", r.idmTi());
    kpi(w, l, "IDM_PRD", r.idmPrd());
    w.paragraph(
        Messages.get(
            l,
            "steering.scores",
            r.satisfaction().average() == null ? "—" : r.satisfaction().average(),
            r.eagerness().average() == null ? "—" : r.eagerness().average(),
            r.satisfaction().responses()),
        w.regular,
        10,
        10);
    w.paragraph(
        Messages.get(
            l,
            "steering.scoresEarlier",
            r.satisfactionBefore().average() == null ? "—" : r.satisfactionBefore().average(),
            r.satisfactionBefore().responses(),
            r.satisfactionDuring().average() == null ? "—" : r.satisfactionDuring().average(),
            r.satisfactionDuring().responses()),
        w.regular,
        10,
        10);
  }

  /** The BCP track per wave, then workshop 5's feedback. */
  private static void bcp(SimplePdf w, Report r, Locale l) throws IOException {
    w.paragraph(Messages.get(l, "steering.bcp"), w.bold, 14, 6);
    if (r.bcp().isEmpty()) {
      w.paragraph(Messages.get(l, "steering.none"), w.italic, 10, 6);
    }
    for (WaveProgress p : r.bcp()) {
      w.paragraph(
          Messages.get(
              l,
              "steering.waveLine",
              p.wave(),
              p.enrolled(),
              p.bia(),
              p.bcp(),
              p.bcpUpdate(),
              p.round1Released(),
              p.round2Released(),
              p.round3Released()),
          w.regular,
          10,
          3);
    }
    w.space(8);
    feedback(w, r, l);
    w.space(8);
  }

  /** The KPI catalogue's lines. */
  private static void kpis(SimplePdf w, Report r, Locale l) throws IOException {
    w.paragraph(Messages.get(l, "kpi.list"), w.bold, 14, 6);
    List<String> kpiLines = be.vlaanderen.crt.portal.kpi.KpiExports.lines(r.kpis(), l);
    if (kpiLines.isEmpty()) {
      w.paragraph(Messages.get(l, "kpi.noneActive"), w.italic, 10, 6);
    }
    for (String line : kpiLines) {
      w.paragraph(line, w.regular, 10, 2);
    }
    w.space(8);
  }

  /** The obstacles of the pilot register. */
  private static void obstacles(SimplePdf w, Report r, Locale l) throws IOException {
    w.paragraph(Messages.get(l, "steering.obstacles"), w.bold, 14, 6);
    if (r.obstacles().isEmpty()) {
      w.paragraph(Messages.get(l, "steering.none"), w.italic, 10, 6);
    }
    for (SteeringReports.ObstacleLine o : r.obstacles()) {
      w.paragraph(
          o.municipality()
              + ": "
              + o.title()
              + " ("
              + Messages.get(l, "pilot.obstacle.nature." + o.nature())
              + ", "
              + Messages.get(l, "pilot.obstacle.status." + o.status())
              + ")",
          w.regular,
          10,
          3);
    }
    w.space(8);
  }

  /** The co-financing per municipality and track, and what is not attributed. */
  private static void coFinancing(SimplePdf w, Report r, Locale l) throws IOException {
    w.paragraph(Messages.get(l, "steering.cofinancing"), w.bold, 14, 6);
    w.paragraph(
        Messages.get(
            l,
            "steering.cofinancingLine",
            r.coFinancing().shares().size(),
            euro(r.coFinancing().attributed(), l),
            euro(r.coFinancing().share(), l)),
        w.regular,
        10,
        4);
    for (BudgetReports.Share sh : r.coFinancing().shares()) {
      w.paragraph(
          sh.municipality()
              + " · "
              + Messages.get(l, "track." + sh.track())
              + ": "
              + euro(sh.attributed(), l)
              + " → "
              + euro(sh.share(), l),
          w.regular,
          9,
          1);
    }
    w.paragraph(
        Messages.get(l, "steering.notAttributed") + ": " + euro(r.coFinancing().notAttributed(), l),
        w.italic,
        9,
        8);
    w.paragraph(Messages.get(l, "steering.rounding"), w.italic, 8, 2);
  }

  /** Workshop 5's feedback per wave: who answered, the ratings, the recommendations (no names). */
  private static void feedback(SimplePdf w, Report r, Locale l) throws IOException {
    w.paragraph(Messages.get(l, "feedback.resultsTitle"), w.bold, 14, 6);
    for (be.vlaanderen.crt.portal.programme.WorkshopFeedback.Results f : r.feedback()) {
      w.paragraph(
          Messages.get(l, "feedback.responded", f.wave(), f.responded(), f.enrolled()),
          w.regular,
          10,
          2);
      if (f.responded() == 0) {
        continue;
      }
      StringBuilder ratings = new StringBuilder(Messages.get(l, "feedback.ratingsTitle") + ": ");
      for (var rating : f.ratings()) {
        ratings
            .append(Messages.get(l, "feedback.workshop", rating.number()))
            .append(" ")
            .append(rating.average() == null ? "—" : rating.average().toPlainString())
            .append(" (")
            .append(rating.ratings())
            .append(")  ");
      }
      w.paragraph(ratings.toString().strip(), w.regular, 9, 2);
      for (var response : f.responses()) {
        String text = response.answers().recommendations();
        if (text != null && !text.isBlank()) {
          w.paragraph("– " + cut(text.strip(), 400), w.italic, 9, 1);
        }
      }
      w.space(4);
    }
  }

  /** A breakdown as lines: label, planned and realised days and euros. */
  private static void rowsText(
      SimplePdf w, String title, List<Row> rows, Locale l, boolean activities) throws IOException {
    w.paragraph(title, w.bold, 11, 3);
    if (rows.isEmpty()) {
      w.paragraph(Messages.get(l, "steering.none"), w.italic, 9, 4);
    }
    for (Row r : rows) {
      String label = activities ? Messages.get(l, "activity." + r.label()) : r.label();
      w.paragraph(
          label
              + ": "
              + Messages.get(l, "steering.planned").toLowerCase(l)
              + " "
              + (r.plannedDays() == null ? "" : days(r.plannedDays(), l) + ", ")
              + euro(r.plannedAmount(), l)
              + " · "
              + Messages.get(l, "steering.realised").toLowerCase(l)
              + " "
              + (r.realisedDays() == null ? "" : days(r.realisedDays(), l) + ", ")
              + euro(r.realisedAmount(), l),
          w.regular,
          9,
          1);
    }
    w.space(6);
  }

  private static void kpi(SimplePdf w, Locale l, String key, PilotKpis.Count c) throws IOException {
    w.paragraph(
        Messages.get(l, "pilot.env." + key)
            + ": "
            + Messages.get(l, "steering.kpiLine", c.integrations(), c.municipalities()),
        w.regular,
        10,
        2);
  }

  /** Horizontal bars: planned (light) and realised (dark) euros per row. */
  private static void bars(SimplePdf w, String title, List<Row> rows, Locale l) throws IOException {
    List<Row> shown =
        rows.stream().filter(r -> r.plannedAmount() != null || r.realisedAmount() != null).toList();
    float rowHeight = 26;
    float top = w.reserve(30 + rowHeight * shown.size());
    PDPageContentStream c = w.content();
    text(c, w.bold, 11, SimplePdf.left(), top - 12, title);
    legend(c, w.regular, top - 12, l);
    float labelWidth = 170;
    float x0 = SimplePdf.left() + labelWidth;
    float span = SimplePdf.width() - labelWidth - 90;
    BigDecimal max = BigDecimal.ONE;
    for (Row r : shown) {
      max = max.max(amount(r.plannedAmount())).max(amount(r.realisedAmount()));
    }
    float y = top - 34;
    for (Row r : shown) {
      text(c, w.regular, 8, SimplePdf.left(), y - 8, cut(r.label(), 40));
      float planned = amount(r.plannedAmount()).floatValue() / max.floatValue() * span;
      float realised = amount(r.realisedAmount()).floatValue() / max.floatValue() * span;
      rect(c, PLANNED, x0, y - 9, Math.max(planned, 0.5f), 9);
      rect(c, REALISED, x0, y - 19, Math.max(realised, 0.5f), 9);
      text(c, w.regular, 7, x0 + Math.max(planned, 0.5f) + 4, y - 8, euro(r.plannedAmount(), l));
      text(c, w.regular, 7, x0 + Math.max(realised, 0.5f) + 4, y - 18, euro(r.realisedAmount(), l));
      y -= rowHeight;
    }
  }

  /** Cumulative realised against the plan, month by month. */
  private static void burnUp(SimplePdf w, String title, List<Point> points, Locale l)
      throws IOException {
    float height = 170;
    float top = w.reserve(height + 40);
    PDPageContentStream c = w.content();
    text(c, w.bold, 11, SimplePdf.left(), top - 12, title);
    legend(c, w.regular, top - 12, l);
    float x0 = SimplePdf.left() + 60;
    float y0 = top - 30 - height;
    float span = SimplePdf.width() - 70;
    BigDecimal max = BigDecimal.ONE;
    for (Point p : points) {
      max = max.max(p.realised().exact()).max(p.planned().exact());
    }
    for (int i = 0; i <= 4; i++) {
      float y = y0 + height * i / 4;
      line(c, GRID, x0, y, x0 + span, y, 0.5f);
      BigDecimal v =
          max.multiply(BigDecimal.valueOf(i))
              .divide(BigDecimal.valueOf(4), 0, java.math.RoundingMode.HALF_UP);
      text(c, w.regular, 7, SimplePdf.left(), y - 2, euro(Money.of(v), l).replace(",00", ""));
    }
    if (points.isEmpty()) {
      return;
    }
    float step = points.size() == 1 ? 0 : span / (points.size() - 1);
    for (int series = 0; series < 2; series++) {
      float px = -1;
      float py = -1;
      for (int i = 0; i < points.size(); i++) {
        BigDecimal v = (series == 0 ? points.get(i).planned() : points.get(i).realised()).exact();
        float x = x0 + step * i;
        float y = y0 + v.floatValue() / max.floatValue() * height;
        if (px >= 0) {
          line(c, series == 0 ? PLANNED : REALISED, px, py, x, y, series == 0 ? 1.5f : 2.5f);
        }
        rect(c, series == 0 ? PLANNED : REALISED, x - 2, y - 2, 4, 4);
        px = x;
        py = y;
      }
    }
    for (int i = 0; i < points.size(); i++) {
      if (points.size() <= 12 || i % 2 == 0) {
        text(c, w.regular, 7, x0 + step * i - 12, y0 - 12, points.get(i).month());
      }
    }
  }

  private static void legend(PDPageContentStream c, PDType1Font font, float y, Locale l)
      throws IOException {
    float x = SimplePdf.left() + SimplePdf.width() - 170;
    rect(c, PLANNED, x, y - 1, 10, 8);
    text(c, font, 8, x + 14, y, Messages.get(l, "steering.planned"));
    rect(c, REALISED, x + 85, y - 1, 10, 8);
    text(c, font, 8, x + 99, y, Messages.get(l, "steering.realised"));
  }

  private static BigDecimal amount(Money m) {
    return m == null ? BigDecimal.ZERO : m.exact();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static void text(
      PDPageContentStream c, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    c.beginText();
    c.setFont(font, size);
    c.setNonStrokingColor(Color.BLACK);
    c.newLineAtOffset(x, y);
    c.showText(WinAnsi.safe(s));
    c.endText();
  }

  private static void rect(PDPageContentStream c, Color color, float x, float y, float w, float h)
      throws IOException {
    c.setNonStrokingColor(color);
    c.addRect(x, y, w, h);
    c.fill();
  }

  private static void line(
      PDPageContentStream c, Color color, float x1, float y1, float x2, float y2, float width)
      throws IOException {
    c.setStrokingColor(color);
    c.setLineWidth(width);
    c.moveTo(x1, y1);
    c.lineTo(x2, y2);
    c.stroke();
  }
}
