package be.vlaanderen.crt.portal.kpi;

/**
 * What the portal can measure per municipality, and how the municipalities' values add up to the
 * programme's figure. A KPI is a name and a target on one of these.
 */
public enum Measure {
  INTEGRATIONS_ACM_TI(Scope.PILOT, Aggregation.SUM, false),
  INTEGRATIONS_ACM_PRD(Scope.PILOT, Aggregation.SUM, false),
  INTEGRATIONS_IDM_TI(Scope.PILOT, Aggregation.SUM, false),
  INTEGRATIONS_IDM_PRD(Scope.PILOT, Aggregation.SUM, false),
  MUNICIPALITIES_ACM_TI(Scope.PILOT, Aggregation.COUNT_POSITIVE, false),
  MUNICIPALITIES_ACM_PRD(Scope.PILOT, Aggregation.COUNT_POSITIVE, false),
  MUNICIPALITIES_IDM_TI(Scope.PILOT, Aggregation.COUNT_POSITIVE, false),
  MUNICIPALITIES_IDM_PRD(Scope.PILOT, Aggregation.COUNT_POSITIVE, false),
  SATISFACTION_BEFORE(Scope.PILOT, Aggregation.AVERAGE, true),
  SATISFACTION_DURING(Scope.PILOT, Aggregation.AVERAGE, true),
  SATISFACTION_AFTER(Scope.PILOT, Aggregation.AVERAGE, true),
  EAGERNESS(Scope.PILOT, Aggregation.AVERAGE, true),
  OBSTACLES(Scope.PILOT, Aggregation.SUM, false),
  BIA_SUBMITTED(Scope.BCP, Aggregation.COUNT_POSITIVE, false),
  BCP_SUBMITTED(Scope.BCP, Aggregation.COUNT_POSITIVE, false),
  BCP_UPDATE_SUBMITTED(Scope.BCP, Aggregation.COUNT_POSITIVE, false),
  FEEDBACK_ROUNDS_RELEASED(Scope.BCP, Aggregation.SUM, false),
  WORKSHOPS_ATTENDED(Scope.BCP, Aggregation.AVERAGE, false),
  SELF_EVALUATION_END(Scope.BCP, Aggregation.COUNT_POSITIVE, false);

  /** Which municipalities a measure is about: the pilot's selected ones or the BCP track's. */
  public enum Scope {
    PILOT,
    BCP
  }

  /**
   * How the programme's figure follows from the municipalities' values: their sum, the number of
   * municipalities with a value above zero, or the average of the values present.
   */
  public enum Aggregation {
    SUM,
    COUNT_POSITIVE,
    AVERAGE
  }

  private final Scope scope;
  private final Aggregation aggregation;
  private final boolean score;

  Measure(Scope scope, Aggregation aggregation, boolean score) {
    this.scope = scope;
    this.aggregation = aggregation;
    this.score = score;
  }

  public Scope scope() {
    return scope;
  }

  public Aggregation aggregation() {
    return aggregation;
  }

  /** A score from 1 to 5 a municipality gives (absent until it answers); otherwise a count. */
  public boolean score() {
    return score;
  }

  /** The highest target that makes sense: 5 for a score, otherwise a count. */
  public java.math.BigDecimal maxTarget() {
    return score ? java.math.BigDecimal.valueOf(5) : java.math.BigDecimal.valueOf(100000);
  }
}
