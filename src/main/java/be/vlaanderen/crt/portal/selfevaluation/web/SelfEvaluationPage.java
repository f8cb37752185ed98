package be.vlaanderen.crt.portal.selfevaluation.web;

import be.vlaanderen.crt.portal.platform.Formats;
import be.vlaanderen.crt.portal.platform.IdParameter;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.selfevaluation.Moment;
import be.vlaanderen.crt.portal.selfevaluation.SelfEvaluationService;
import be.vlaanderen.crt.portal.selfevaluation.SelfEvaluationService.AnswerInput;
import be.vlaanderen.crt.portal.selfevaluation.SelfEvaluationService.AnswerView;
import be.vlaanderen.crt.portal.selfevaluation.SelfEvaluationService.MomentView;
import be.vlaanderen.crt.portal.selfevaluation.SelfEvaluationService.Overview;
import be.vlaanderen.crt.portal.selfevaluation.SelfEvaluationService.WaveComparison;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /selfevaluation/index.xhtml?municipality=…&moment=START|END}: the ten questions of the
 * self-evaluation, the municipality's scores as a radar chart, and the wave median when at least
 * five municipalities answered.
 */
@Named
@ViewScoped
public class SelfEvaluationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject SelfEvaluationService selfEvaluations;

  @Inject AccessPolicy access;

  @Inject Formats formats;

  private Long municipalityParameter;
  private String momentParameter;
  private long municipality;
  private Moment moment = Moment.START;
  private Overview overview;
  private List<Row> rows = List.of();
  private boolean mayEdit;

  /** One question with the answer being edited. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int number;
    private final String theme;
    private final String text;
    private final String guidance;
    private Integer score;
    private String remark;

    Row(int number, String theme, String text, String guidance, Integer score, String remark) {
      this.number = number;
      this.theme = theme;
      this.text = text;
      this.guidance = guidance;
      this.score = score;
      this.remark = remark;
    }

    public int getNumber() {
      return number;
    }

    public String getTheme() {
      return theme;
    }

    public String getText() {
      return text;
    }

    public String getGuidance() {
      return guidance;
    }

    public Integer getScore() {
      return score;
    }

    public void setScore(Integer score) {
      this.score = score;
    }

    public String getRemark() {
      return remark;
    }

    public void setRemark(String remark) {
      this.remark = remark;
    }
  }

  public void load() throws IOException {
    UserAccount account = currentUser.account();
    Long requested = municipalityParameter;
    if (requested == null && account.getMunicipality() != null) {
      requested = account.getMunicipality().getId();
    }
    municipality = IdParameter.required(requested, "Municipality");
    moment = "END".equals(momentParameter) ? Moment.END : Moment.START;
    overview = selfEvaluations.overview(account, municipality);
    mayEdit = access.mayUpload(account, municipality);
    fillRows();
  }

  public void switchMoment() {
    if (moment == null) {
      // Clicking the moment that is already chosen keeps it.
      moment = "END".equals(momentParameter) ? Moment.END : Moment.START;
    }
    momentParameter = moment.name();
    fillRows();
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<AnswerInput> answers = new ArrayList<>();
    for (Row row : rows) {
      answers.add(new AnswerInput(row.number, row.score, row.remark));
    }
    try {
      overview = selfEvaluations.save(currentUser.account(), municipality, moment, answers);
      fillRows();
      String momentLabel = Messages.get(locale(), "selfEvaluation.moment." + moment.name());
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              Messages.get(locale(), "selfEvaluation.saved", momentLabel.toLowerCase(locale())),
              null));
    } catch (InvalidInputException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale()), null));
      faces.validationFailed();
    }
  }

  private void fillRows() {
    MomentView given = overview.moment(moment);
    List<Row> filled = new ArrayList<>();
    for (var question : overview.questions()) {
      AnswerView answer =
          given == null
              ? null
              : given.answers().stream()
                  .filter(a -> a.number() == question.number())
                  .findFirst()
                  .orElse(null);
      filled.add(
          new Row(
              question.number(),
              question.theme(),
              question.text(),
              question.guidance(),
              answer == null ? null : answer.score(),
              answer == null ? null : answer.remark()));
    }
    rows = filled;
  }

  /**
   * The Chart.js configuration of the radar chart: start, end and (when allowed) the wave median.
   */
  public String getChartJson() {
    Locale locale = locale();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    overview.questions().forEach(q -> labels.add(q.theme()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    addDataset(
        datasets, Moment.START, Messages.get(locale, "selfEvaluation.chart.start"), "27,58,92");
    addDataset(datasets, Moment.END, Messages.get(locale, "selfEvaluation.chart.end"), "22,163,74");
    for (WaveComparison comparison : overview.wave()) {
      if (comparison.median() != null) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        comparison.median().forEach(data::add);
        String label =
            Messages.get(locale, "selfEvaluation.chart.median", comparison.wave())
                + " ("
                + Messages.get(
                    locale,
                    "selfEvaluation.chart." + comparison.moment().name().toLowerCase(Locale.ROOT))
                + ")";
        datasets.add(dataset(label, data, "180,83,9", true));
      }
    }
    JsonObjectBuilder radial =
        Json.createObjectBuilder()
            .add("min", 0)
            .add("max", 3)
            .add("ticks", Json.createObjectBuilder().add("stepSize", 1));
    return Json.createObjectBuilder()
        .add("type", "radar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("scales", Json.createObjectBuilder().add("r", radial))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }

  private void addDataset(JsonArrayBuilder datasets, Moment which, String label, String rgb) {
    MomentView given = overview.moment(which);
    if (given == null) {
      return;
    }
    JsonArrayBuilder data = Json.createArrayBuilder();
    given.answers().forEach(a -> data.add(a.score()));
    datasets.add(dataset(label, data, rgb, false));
  }

  private static JsonObjectBuilder dataset(
      String label, JsonArrayBuilder data, String rgb, boolean dashed) {
    JsonObjectBuilder set =
        Json.createObjectBuilder()
            .add("label", label)
            .add("data", data)
            .add("borderColor", "rgb(" + rgb + ")")
            .add("backgroundColor", "rgba(" + rgb + ",0.15)")
            .add("pointBackgroundColor", "rgb(" + rgb + ")")
            .add("fill", !dashed);
    if (dashed) {
      set.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return set;
  }

  /** The score a moment gave to a question, or an empty text. */
  public String scoreOf(String which, int number) {
    MomentView given = overview.moment(Moment.valueOf(which));
    if (given == null) {
      return "–";
    }
    return given.answers().stream()
        .filter(a -> a.number() == number)
        .map(a -> Integer.toString(a.score()))
        .findFirst()
        .orElse("–");
  }

  /** The wave median of a question at a moment, or a dash when it may not be shown. */
  public String medianOf(String which, int number) {
    WaveComparison comparison = overview.comparison(Moment.valueOf(which));
    if (comparison == null || comparison.median() == null) {
      return "–";
    }
    double value = comparison.median().get(number - 1);
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : Double.toString(value).replace('.', ',');
  }

  /** Explains, per moment, why the median is not shown yet; empty when it is shown. */
  public List<String> getMedianNotices() {
    List<String> notices = new ArrayList<>();
    for (WaveComparison comparison : overview.wave()) {
      if (comparison.median() == null) {
        notices.add(
            Messages.get(
                locale(),
                "selfEvaluation.median.hidden",
                comparison.wave()
                    + " ("
                    + Messages.get(
                            locale(),
                            "selfEvaluation.chart."
                                + comparison.moment().name().toLowerCase(Locale.ROOT))
                        .toLowerCase(locale())
                    + ")",
                SelfEvaluationService.MINIMUM_FOR_MEDIAN,
                comparison.respondents()));
      }
    }
    return notices;
  }

  public String getLastSaved() {
    MomentView given = overview.moment(moment);
    if (given == null) {
      return Messages.get(locale(), "selfEvaluation.notYet");
    }
    return Messages.get(
        locale(),
        "selfEvaluation.lastSaved",
        formats.dateTime(given.updatedAt()),
        given.updatedBy());
  }

  public String getReadOnlyNotice() {
    return Messages.get(locale(), "selfEvaluation.readOnly", overview.municipality());
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Messages.DUTCH
        : faces.getViewRoot().getLocale();
  }

  public Overview getOverview() {
    return overview;
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isMayEdit() {
    return mayEdit;
  }

  public Moment getMoment() {
    return moment;
  }

  public void setMoment(Moment moment) {
    this.moment = moment;
  }

  public List<Integer> getScores() {
    return List.of(0, 1, 2, 3);
  }

  public Moment[] getMoments() {
    return Moment.values();
  }

  public Long getMunicipality() {
    return municipalityParameter;
  }

  public void setMunicipality(Long municipality) {
    this.municipalityParameter = municipality;
  }

  public String getMomentParameter() {
    return momentParameter;
  }

  public void setMomentParameter(String momentParameter) {
    this.momentParameter = momentParameter;
  }
}
