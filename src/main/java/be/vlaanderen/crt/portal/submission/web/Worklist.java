package be.vlaanderen.crt.portal.submission.web;

import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.submission.AssignmentStatus;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The home page: the assignments the user may see, per municipality, with their status. */
@Named
@ViewScoped
public class Worklist implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject SubmissionService submissions;

  private List<AssignmentStatus> rows;
  private Role role;

  @PostConstruct
  void load() {
    role = currentUser.account().getRole();
    rows = submissions.assignments(currentUser.account());
  }

  public List<AssignmentStatus> getRows() {
    return rows;
  }

  public long getSubmittedCount() {
    return rows.stream().filter(AssignmentStatus::isSubmitted).count();
  }

  /** Municipality contacts see only their own, so the municipality column would say nothing. */
  public boolean isShowMunicipality() {
    return role != Role.MUNICIPALITY;
  }

  /** The steering committee sees status only, never documents. */
  public boolean isMayOpen() {
    return role != Role.STEERING;
  }
}
