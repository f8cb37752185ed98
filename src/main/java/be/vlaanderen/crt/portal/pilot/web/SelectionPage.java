package be.vlaanderen.crt.portal.pilot.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.error;
import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.pilot.PilotGroups;
import be.vlaanderen.crt.portal.pilot.PilotGroups.GroupView;
import be.vlaanderen.crt.portal.pilot.PilotMeeting;
import be.vlaanderen.crt.portal.pilot.PilotSelection;
import be.vlaanderen.crt.portal.pilot.PilotSelection.ProposalView;
import be.vlaanderen.crt.portal.pilot.selection.Criteria;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.review.Rounds;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /pilot/selection.xhtml} (coordinator): sign-up window and criteria, the proposal with a
 * reason per applicant, adjustments with a reason, confirmation, and the groups with their meetings
 * and analysts.
 */
@Named
@ViewScoped
public class SelectionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject PilotSelection selection;

  @Inject PilotGroups pilotGroups;
  @Inject Rounds rounds;

  private PilotSelection.CallView call;
  private ProposalView proposal;
  private List<GroupView> groups = List.of();
  private List<Rounds.Reviewer> analysts = List.of();

  private LocalDate opens;
  private LocalDate closes;
  private int places;
  private int minPerProvince;
  private BigDecimal maturity;
  private BigDecimal audit;
  private BigDecimal hacking;
  private BigDecimal sizeSpread;

  // adjustment dialog
  private Long adjusting;
  private String adjustChoice;
  private String adjustReason;

  // meeting and analyst per group
  private final Map<Long, String> meetingKind = new HashMap<>();
  private final Map<Long, LocalDateTime> meetingAt = new HashMap<>();
  private final Map<Long, String> meetingPlace = new HashMap<>();
  private final Map<Long, String> meetingParticipants = new HashMap<>();
  private final Map<Long, String> analyst = new HashMap<>();
  private final Map<Long, Long> moveTo = new HashMap<>();
  private final Map<Long, Long> moveMember = new HashMap<>();

  /** View action: coordinators only (404 for others). */
  public void load() {
    be.vlaanderen.crt.portal.platform.PageAccess.load(this::loadAll);
  }

  private void loadAll() {
    if (call != null) {
      return;
    }
    PilotSelection.requireCoordinator(currentUser.account());
    call = selection.callView();
    opens = call.signupOpens();
    closes = call.signupCloses();
    Criteria c = call.criteria();
    places = c.places();
    minPerProvince = c.minPerProvince();
    maturity = c.maturity();
    audit = c.audit();
    hacking = c.hacking();
    sizeSpread = c.sizeSpread();
    analysts = rounds.reviewers();
    refresh();
  }

  private void refresh() {
    call = selection.callView();
    proposal = selection.proposal(currentUser.account(), null, locale());
    groups = pilotGroups.groups(currentUser.account());
  }

  private Criteria criteria() {
    return new Criteria(places, minPerProvince, maturity, audit, hacking, sizeSpread);
  }

  public void saveWindow() {
    selection.setWindow(currentUser.account(), opens, closes);
    info(Messages.get(locale(), "pilot.selection.windowSaved"));
    refresh();
  }

  /** Shows the proposal for the criteria on screen without saving them. */
  public void tryCriteria() {
    proposal = selection.proposal(currentUser.account(), criteria(), locale());
    info(Messages.get(locale(), "pilot.selection.tried"));
  }

  public void saveCriteria() {
    selection.saveCriteria(currentUser.account(), criteria());
    info(Messages.get(locale(), "pilot.selection.criteriaSaved"));
    refresh();
  }

  public void startAdjusting(long applicationId, boolean proposed) {
    adjusting = applicationId;
    adjustChoice = proposed ? "NOT_SELECTED" : "SELECTED";
    adjustReason = null;
  }

  public void adjust() {
    selection.override(
        currentUser.account(), adjusting, Decision.valueOf(adjustChoice), adjustReason);
    info(Messages.get(locale(), "pilot.selection.adjusted"));
    refresh();
  }

  public void followProposal(long applicationId) {
    selection.override(currentUser.account(), applicationId, null, null);
    info(Messages.get(locale(), "pilot.selection.adjusted"));
    refresh();
  }

  public void confirm() {
    PilotSelection.Confirmed done = selection.confirm(currentUser.account(), locale());
    info(
        Messages.get(
            locale(),
            "pilot.selection.confirmed",
            done.selected(),
            done.notSelected(),
            done.groups()));
    refresh();
  }

  public void addMeeting(long groupId) {
    String kind = meetingKind.getOrDefault(groupId, "INTAKE");
    pilotGroups.addMeeting(
        currentUser.account(),
        groupId,
        PilotMeeting.Kind.valueOf(kind),
        meetingAt.get(groupId),
        meetingPlace.get(groupId),
        meetingParticipants.get(groupId));
    info(Messages.get(locale(), "pilot.selection.meetingPlanned"));
    meetingAt.remove(groupId);
    meetingPlace.remove(groupId);
    meetingParticipants.remove(groupId);
    refresh();
  }

  public void assignAnalyst(long groupId) {
    int added = pilotGroups.assignAnalyst(currentUser.account(), groupId, analyst.get(groupId));
    info(Messages.get(locale(), "pilot.selection.analystAssigned", added));
  }

  /** Moves the member chosen in a group's card to the group chosen there. */
  public void move(long groupId) {
    Long member = moveMember.get(groupId);
    Long target = moveTo.get(groupId);
    if (member == null || target == null) {
      error(Messages.get(locale(), "pilot.selection.chooseMove"));
      return;
    }
    pilotGroups.move(currentUser.account(), member, target);
    info(Messages.get(locale(), "pilot.selection.moved"));
    refresh();
  }

  public PilotSelection.CallView getCall() {
    return call;
  }

  public ProposalView getProposal() {
    return proposal;
  }

  public List<GroupView> getGroups() {
    return groups;
  }

  public List<Rounds.Reviewer> getAnalysts() {
    return analysts;
  }

  public LocalDate getOpens() {
    return opens;
  }

  public void setOpens(LocalDate opens) {
    this.opens = opens;
  }

  public LocalDate getCloses() {
    return closes;
  }

  public void setCloses(LocalDate closes) {
    this.closes = closes;
  }

  public int getPlaces() {
    return places;
  }

  public void setPlaces(int places) {
    this.places = places;
  }

  public int getMinPerProvince() {
    return minPerProvince;
  }

  public void setMinPerProvince(int minPerProvince) {
    this.minPerProvince = minPerProvince;
  }

  public BigDecimal getMaturity() {
    return maturity;
  }

  public void setMaturity(BigDecimal maturity) {
    this.maturity = maturity;
  }

  public BigDecimal getAudit() {
    return audit;
  }

  public void setAudit(BigDecimal audit) {
    this.audit = audit;
  }

  public BigDecimal getHacking() {
    return hacking;
  }

  public void setHacking(BigDecimal hacking) {
    this.hacking = hacking;
  }

  public BigDecimal getSizeSpread() {
    return sizeSpread;
  }

  public void setSizeSpread(BigDecimal sizeSpread) {
    this.sizeSpread = sizeSpread;
  }

  public String getAdjustChoice() {
    return adjustChoice;
  }

  public void setAdjustChoice(String adjustChoice) {
    this.adjustChoice = adjustChoice;
  }

  public String getAdjustReason() {
    return adjustReason;
  }

  public void setAdjustReason(String adjustReason) {
    this.adjustReason = adjustReason;
  }

  public Map<Long, String> getMeetingKind() {
    return meetingKind;
  }

  public Map<Long, LocalDateTime> getMeetingAt() {
    return meetingAt;
  }

  public Map<Long, String> getMeetingPlace() {
    return meetingPlace;
  }

  public Map<Long, String> getMeetingParticipants() {
    return meetingParticipants;
  }

  public Map<Long, String> getAnalyst() {
    return analyst;
  }

  public Map<Long, Long> getMoveTo() {
    return moveTo;
  }

  public Map<Long, Long> getMoveMember() {
    return moveMember;
  }
}
