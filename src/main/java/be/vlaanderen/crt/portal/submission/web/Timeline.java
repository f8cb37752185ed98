package be.vlaanderen.crt.portal.submission.web;

import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.ProgrammeTimeline;
import be.vlaanderen.crt.portal.programme.ProgrammeTimeline.TimelineItem;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.AssignmentStatus;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.faces.context.FacesContext;
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

  private String municipalityParameter;
  private long municipality;
  private List<TimelineItem> items = List.of();
  private final Map<Long, AssignmentStatus> statuses = new HashMap<>();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    UserAccount account = currentUser.account();
    try {
      Long requested =
          municipalityParameter != null && municipalityParameter.matches("\\d{1,18}")
              ? Long.valueOf(municipalityParameter)
              : null;
      if (municipalityParameter == null && account.getMunicipality() != null) {
        requested = account.getMunicipality().getId();
      }
      if (requested == null) {
        throw new NotVisibleException("Municipality");
      }
      municipality = requested;
      items = programmeTimeline.timeline(account, municipality);
      submissions.assignments(account).stream()
          .filter(s -> s.municipalityId() == municipality)
          .forEach(s -> statuses.put(s.assignmentId(), s));
    } catch (NotVisibleException e) {
      be.vlaanderen.crt.portal.platform.PageAccess.notFound();
    }
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

  public String getMunicipality() {
    return municipalityParameter;
  }

  public void setMunicipality(String municipality) {
    this.municipalityParameter = municipality;
  }
}
