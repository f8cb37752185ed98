package be.vlaanderen.crt.portal.selfevaluation;

import be.vlaanderen.crt.portal.organisation.Municipality;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A municipality's answers to one questionnaire at one moment. There is one per (municipality,
 * questionnaire, moment); saving again replaces the answers, as a municipality refines its view
 * during the workshop.
 */
@Entity
@Table(name = "self_evaluation")
@NamedQuery(
    name = "SelfEvaluation.of",
    query =
        "SELECT e FROM SelfEvaluation e WHERE e.municipality.id = :municipalityId"
            + " AND e.questionnaire.id = :questionnaireId")
@NamedQuery(
    name = "SelfEvaluation.ofWave",
    query =
        "SELECT e FROM SelfEvaluation e, Enrollment n WHERE n.municipality = e.municipality"
            + " AND n.wave.id = :waveId AND e.questionnaire.id = :questionnaireId AND e.moment = :moment")
public class SelfEvaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id", updatable = false)
  private Municipality municipality;

  @ManyToOne(optional = false)
  @JoinColumn(name = "questionnaire_id", updatable = false)
  private Questionnaire questionnaire;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Moment moment;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Answer> answers = new ArrayList<>();

  protected SelfEvaluation() {}

  public SelfEvaluation(Municipality municipality, Questionnaire questionnaire, Moment moment) {
    this.municipality = Objects.requireNonNull(municipality, "municipality");
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.moment = Objects.requireNonNull(moment, "moment");
  }

  /**
   * Sets the score and remark of a question, changing the existing answer in place (so a save never
   * deletes and re-inserts rows).
   */
  void answer(Question question, int score, String remark) {
    answers.stream()
        .filter(a -> a.getQuestion().getId().equals(question.getId()))
        .findFirst()
        .ifPresentOrElse(
            a -> a.change(score, remark),
            () -> answers.add(new Answer(this, question, score, remark)));
  }

  void touch(String by, Instant at) {
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  public Long getId() {
    return id;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public Moment getMoment() {
    return moment;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public List<Answer> getAnswers() {
    return answers;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
