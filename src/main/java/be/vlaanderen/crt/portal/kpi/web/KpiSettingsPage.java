package be.vlaanderen.crt.portal.kpi.web;

import be.vlaanderen.crt.portal.kpi.KpiCatalogue;
import be.vlaanderen.crt.portal.kpi.Measure;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PageAccess;
import be.vlaanderen.crt.portal.platform.PageFeedback;
import be.vlaanderen.crt.portal.platform.ProgrammeTime;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /steering/kpis.xhtml?date=…} (coordinator, steering committee): the KPIs the committee
 * decided with their figures as of a date, the form to add or change one, the switch that puts a
 * KPI in the steering report or takes it out, and every municipality's values.
 */
@Named
@ViewScoped
public class KpiSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject KpiCatalogue catalogue;

  @Inject be.vlaanderen.crt.portal.platform.Formats formats;

  private LocalDate date;
  private String done;
  private Long kpi;
  private KpiCatalogue.Report report;
  private List<KpiCatalogue.Kpi> kpis;

  // The form: adding when editing is null, otherwise changing that KPI.
  private Long editing;
  private long editingVersion;
  private String name;
  private String measure;
  private BigDecimal target;
  private boolean active = true;

  /** View action, after the date parameter. */
  public void load() {
    if (date == null || date.isAfter(ProgrammeTime.today())) {
      if (date != null) {
        PageFeedback.warn(Messages.get(PageFeedback.locale(), "steering.futureDate"));
      }
      date = ProgrammeTime.today();
    }
    PageAccess.load(this::refresh);
    confirm();
  }

  private void refresh() {
    report = catalogue.report(currentUser.account(), date);
    kpis = catalogue.kpis(currentUser.account());
  }

  /**
   * After a change the page opens afresh (post, redirect, get: its columns per municipality follow
   * the KPIs that are on, and a reload changes nothing); {@code done} and {@code kpi} say what to
   * confirm.
   */
  private String after(String what, long kpi) {
    return show() + "&done=" + what + "&kpi=" + kpi;
  }

  /** The confirmation of what the previous request did, from the redirect's parameters. */
  private void confirm() {
    if (done == null || kpi == null || kpis == null) {
      return;
    }
    String key =
        switch (done) {
          case "added", "addedOff" -> "kpi.added";
          case "changed" -> "kpi.changed";
          case "on" -> "kpi.switchedOn";
          case "off" -> "kpi.switchedOff";
          default -> null;
        };
    KpiCatalogue.Kpi k = definition(kpi);
    if (key != null && k != null) {
      PageFeedback.info(
          Messages.get(PageFeedback.locale(), key, k.name(), "added".equals(done) ? 1 : 0));
    }
  }

  public String show() {
    return "/steering/kpis?faces-redirect=true&date="
        + (date == null ? ProgrammeTime.today() : date);
  }

  /**
   * Adds the KPI of the form, or saves the one being changed, and opens the page afresh (its
   * columns per municipality follow the KPIs that are on).
   */
  public String save() {
    try {
      if (editing == null) {
        KpiCatalogue.Kpi added =
            catalogue.add(
                currentUser.account(),
                new KpiCatalogue.KpiInput(name, measure, target, active, null));
        return after(added.active() ? "added" : "addedOff", added.id());
      } else {
        KpiCatalogue.Kpi changed =
            catalogue.change(
                currentUser.account(),
                editing,
                new KpiCatalogue.KpiInput(name, null, target, active, editingVersion));
        return after("changed", changed.id());
      }
    } catch (InvalidInputException e) {
      PageFeedback.error(e.message(PageFeedback.locale()));
      if (e instanceof be.vlaanderen.crt.portal.platform.ConflictException) {
        refresh();
      }
      return null;
    }
  }

  /** Puts a KPI in the steering report or takes it out. */
  public String toggle(KpiCatalogue.Kpi kpi) {
    try {
      KpiCatalogue.Kpi changed =
          catalogue.change(
              currentUser.account(),
              kpi.id(),
              new KpiCatalogue.KpiInput(null, null, kpi.target(), !kpi.active(), kpi.rowVersion()));
      return after(changed.active() ? "on" : "off", changed.id());
    } catch (InvalidInputException e) {
      PageFeedback.error(e.message(PageFeedback.locale()));
      refresh();
      return null;
    }
  }

  /** Fills the form with a KPI to change. */
  public void edit(KpiCatalogue.Kpi kpi) {
    editing = kpi.id();
    editingVersion = kpi.rowVersion();
    name = kpi.name();
    measure = kpi.measure().name();
    target = kpi.target();
    active = kpi.active();
  }

  public void clear() {
    editing = null;
    name = null;
    measure = null;
    target = null;
    active = true;
  }

  /** The definition of a figure's KPI (for the row's buttons, with its version). */
  public KpiCatalogue.Kpi definition(long id) {
    return kpis.stream().filter(k -> k.id() == id).findFirst().orElse(null);
  }

  /** A value as the page shows it: "—" when absent, yes/no for a handed-in document. */
  public String cell(KpiCatalogue.MunicipalityFigures row, Measure m) {
    BigDecimal v = row.values().get(m);
    if (v == null) {
      return "—";
    }
    if (m.name().endsWith("_SUBMITTED") || m == Measure.SELF_EVALUATION_END) {
      return Messages.get(PageFeedback.locale(), v.signum() > 0 ? "common.yes" : "common.no");
    }
    return formats.number(v);
  }

  public List<Measure> getMeasures() {
    return Arrays.asList(Measure.values());
  }

  public LocalDate getToday() {
    return ProgrammeTime.today();
  }

  public KpiCatalogue.Report getReport() {
    return report;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  public Long getKpi() {
    return kpi;
  }

  public void setKpi(Long kpi) {
    this.kpi = kpi;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
