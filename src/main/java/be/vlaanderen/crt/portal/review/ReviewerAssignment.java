package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A CRT expert is assigned to review a municipality; only then may they see its documents. */
@Entity
@Table(name = "reviewer_assignment")
public class ReviewerAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "reviewer_id")
  private UserAccount reviewer;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  protected ReviewerAssignment() {}

  public ReviewerAssignment(UserAccount reviewer, Municipality municipality) {
    this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
    if (reviewer.getRole() != Role.REVIEWER) {
      throw new IllegalArgumentException(
          "Only a REVIEWER can be assigned to review a municipality");
    }
    this.municipality = Objects.requireNonNull(municipality, "municipality");
  }

  public UserAccount getReviewer() {
    return reviewer;
  }

  public Municipality getMunicipality() {
    return municipality;
  }
}
