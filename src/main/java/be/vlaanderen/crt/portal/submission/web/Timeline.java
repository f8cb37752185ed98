package be.vlaanderen.crt.portal.submission.web;

import be.vlaanderen.crt.portal.platform.IdParameter;
import be.vlaanderen.crt.portal.programme.ProgrammeTimeline;
import be.vlaanderen.crt.portal.programme.ProgrammeTimeline.TimelineItem;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.AssignmentStatus;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /programme/timeline.xhtml?municipality=…}: the programme of one municipality in time. */
@Named
@ViewScoped
public class Timeline implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject ProgrammeTimeline programmeTimeline;

  @Inject SubmissionService submissions;

  private Long municipalityParameter;
  private long municipality;
  private List<TimelineItem> items = List.of();
  private final Map<Long, AssignmentStatus> statuses = new HashMap<>();

  public void load() throws IOException {
    UserAccount account = currentUser.account();
    Long requested = municipalityParameter;
    if (requested == null && account.getMunicipality() != null) {
      requested = account.getMunicipality().getId();
    }
    municipality = IdParameter.required(requested, "Municipality");
    items = programmeTimeline.timeline(account, municipality);
    submissions.assignments(account).stream()
        .filter(s -> s.municipalityId() == municipality)
        .forEach(s -> statuses.put(s.assignmentId(), s));
  }

  public AssignmentStatus status(Long assignmentId) {
    return assignmentId == null ? null : statuses.get(assignmentId);
  }

  public boolean past(LocalDateTime when) {
    return when != null && when.isBefore(be.vlaanderen.crt.portal.platform.ProgrammeTime.now());
  }

  public List<TimelineItem> getItems() {
    return items;
  }

  public long getMunicipalityId() {
    return municipality;
  }

  public Long getMunicipality() {
    return municipalityParameter;
  }

  public void setMunicipality(Long municipality) {
    this.municipalityParameter = municipality;
  }
}
