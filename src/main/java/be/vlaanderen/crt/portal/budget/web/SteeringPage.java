package be.vlaanderen.crt.portal.budget.web;

import be.vlaanderen.crt.portal.budget.Money;
import be.vlaanderen.crt.portal.budget.SteeringReports;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PageFeedback;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code /steering/index.xhtml?date=…} (steering committee, coordinator): the steering report on
 * one page, with charts, for a meeting date; exports as PDF and XLSX.
 */
@Named
@ViewScoped
public class SteeringPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject SteeringReports reports;

  private LocalDate date;
  private SteeringReports.Report report;

  /** After the view parameter. */
  public void load() {
    if (date == null || date.isAfter(be.vlaanderen.crt.portal.platform.ProgrammeTime.today())) {
      if (date != null) {
        PageFeedback.warn(Messages.get(PageFeedback.locale(), "steering.futureDate"));
      }
      date = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
    }
    be.vlaanderen.crt.portal.platform.PageAccess.load(
        () -> report = reports.report(currentUser.account(), date));
  }

  public String show() {
    return "/steering/index?faces-redirect=true&date="
        + (date == null ? be.vlaanderen.crt.portal.platform.ProgrammeTime.today() : date);
  }

  /** Chart.js: planned and realised euros per profile (horizontal bars). */
  public String getProfileChart() {
    List<ChartPoint> points =
        report.budget().byProfile().stream()
            .filter(r -> r.plannedAmount() != null || r.realisedAmount() != null)
            .map(r -> new ChartPoint(r.label(), r.plannedAmount(), r.realisedAmount()))
            .toList();
    return chart("bar", points, true);
  }

  /** Chart.js: cumulative realised against the plan, month by month. */
  public String getBurnUpChart() {
    return chart(
        "line",
        report.budget().burnUp().stream()
            .map(p -> new ChartPoint(p.month(), p.planned(), p.realised()))
            .toList(),
        false);
  }

  /** One label of a chart with its two amounts (either may be unknown). */
  private record ChartPoint(String label, Money planned, Money realised) {}

  /** A planned-against-realised chart. */
  private static String chart(String type, List<ChartPoint> points, boolean horizontal) {
    Locale l = PageFeedback.locale();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder planned = Json.createArrayBuilder();
    JsonArrayBuilder realised = Json.createArrayBuilder();
    for (ChartPoint p : points) {
      labels.add(p.label());
      planned.add(amount(p.planned()));
      realised.add(amount(p.realised()));
    }
    JsonObjectBuilder plan = dataset(Messages.get(l, "steering.planned"), planned, "#b8c4d2");
    if (!horizontal) {
      plan.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(plan)
                        .add(dataset(Messages.get(l, "steering.realised"), realised, "#1b3a5c"))))
        .add("options", options(horizontal, l))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static JsonObjectBuilder options(boolean horizontal, Locale l) {
    // Numbers as the reader writes them ("140.000" in Dutch) and the euro axis from zero, so the
    // bars and lines compare honestly.
    JsonObjectBuilder valueAxis =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add(
                "title",
                Json.createObjectBuilder()
                    .add("display", true)
                    .add("text", Messages.get(l, "steering.chart.euro")));
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("locale", "en".equals(l.getLanguage()) ? "en-GB" : "nl-BE")
            .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis))
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    if (horizontal) {
      o.add("indexAxis", "y");
    }
    return o;
  }

  /** The amount in cents as the chart plots it; nothing known plots as zero. */
  private static BigDecimal amount(Money m) {
    return m == null ? BigDecimal.ZERO : m.rounded();
  }

  /** "okt. 2026" for the chart's table from a "2026-10" month. */
  public String month(String month) {
    try {
      return java.time.YearMonth.parse(month)
          .format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", PageFeedback.locale()));
    } catch (java.time.format.DateTimeParseException e) {
      return month;
    }
  }

  /** Percentage of an envelope spent, for the gauges. */
  public int percent(Money part, Money whole) {
    BigDecimal w = amount(whole);
    if (w.signum() == 0) {
      return 0;
    }
    return amount(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(w, 0, java.math.RoundingMode.HALF_UP)
        .intValue();
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalDate getToday() {
    return be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
  }

  public SteeringReports.Report getReport() {
    return report;
  }
}
