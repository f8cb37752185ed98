package be.vlaanderen.crt.portal.selfevaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of the self-evaluation questionnaire. Questionnaires are data (seeded by a migration)
 * and never change once published: a new wording is a new version, so earlier answers keep their
 * meaning.
 */
@Entity
@Table(name = "questionnaire")
@NamedQuery(
    name = "Questionnaire.latest",
    query = "SELECT q FROM Questionnaire q ORDER BY q.version DESC")
public class Questionnaire {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(nullable = false, updatable = false, length = 200)
  private String title;

  @Column(name = "published_on", nullable = false, updatable = false)
  private LocalDate publishedOn;

  @OneToMany(mappedBy = "questionnaire")
  @OrderBy("number")
  private List<Question> questions;

  protected Questionnaire() {}

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public List<Question> getQuestions() {
    return questions;
  }
}
