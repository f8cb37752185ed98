package be.vlaanderen.crt.portal.selfevaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** The score (0-3) and optional remark given to one question. */
@Entity
@Table(name = "self_evaluation_answer")
public class Answer {

  public static final int MAX_SCORE = 3;
  public static final int MAX_REMARK = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "self_evaluation_id", updatable = false)
  private SelfEvaluation evaluation;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id", updatable = false)
  private Question question;

  @Column(nullable = false)
  private int score;

  @Column(length = MAX_REMARK)
  private String remark;

  protected Answer() {}

  Answer(SelfEvaluation evaluation, Question question, int score, String remark) {
    this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
    this.question = Objects.requireNonNull(question, "question");
    change(score, remark);
  }

  void change(int score, String remark) {
    if (score < 0 || score > MAX_SCORE) {
      throw new IllegalArgumentException("A score is 0 to " + MAX_SCORE);
    }
    if (remark != null && remark.length() > MAX_REMARK) {
      throw new IllegalArgumentException("A remark has at most " + MAX_REMARK + " characters");
    }
    this.score = score;
    this.remark = remark;
  }

  public Question getQuestion() {
    return question;
  }

  public int getScore() {
    return score;
  }

  public String getRemark() {
    return remark;
  }
}
