package be.vlaanderen.crt.portal.selfevaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One question of a questionnaire, about one theme of BCM maturity, answered with a score 0-3. */
@Entity
@Table(name = "question")
public class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "questionnaire_id", updatable = false)
  private Questionnaire questionnaire;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false, length = 80)
  private String theme;

  @Column(nullable = false, updatable = false, length = 1000)
  private String text;

  @Column(updatable = false, length = 1000)
  private String guidance;

  protected Question() {}

  public Long getId() {
    return id;
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
}
