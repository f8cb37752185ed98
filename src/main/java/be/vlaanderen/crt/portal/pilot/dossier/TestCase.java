package be.vlaanderen.crt.portal.pilot.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One case of the calibrated test plan (seeded by V14). */
@Entity
@Table(name = "test_case")
public class TestCase {

  @Id private Long id;

  private String code;

  private int position;

  private String title;

  private String description;

  protected TestCase() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }
}
