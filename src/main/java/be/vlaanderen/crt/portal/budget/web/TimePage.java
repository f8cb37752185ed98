package be.vlaanderen.crt.portal.budget.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.error;
import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.budget.Activity;
import be.vlaanderen.crt.portal.budget.Money;
import be.vlaanderen.crt.portal.budget.Profiles;
import be.vlaanderen.crt.portal.budget.TimeEntries;
import be.vlaanderen.crt.portal.pilot.PilotGroups;
import be.vlaanderen.crt.portal.pilot.PilotSelection;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Track;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /steering/time.xhtml}: time registration per month (CRT experts and analysts their own,
 * coordinators anyone's), the month's approval, and the profiles with their day rates.
 */
@Named
@ViewScoped
public class TimePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;

  @Inject TimeEntries entries;

  @Inject be.vlaanderen.crt.portal.platform.Formats formats;

  @Inject Profiles profiles;

  @Inject PilotSelection selection;

  @Inject PilotGroups pilotGroups;

  @PersistenceContext transient EntityManager em;

  private String month = be.vlaanderen.crt.portal.platform.ProgrammeTime.thisMonth().toString();
  private List<TimeEntries.EntryView> rows = List.of();
  private List<TimeEntries.LockView> locks = List.of();
  private List<Profiles.ProfileView> profileViews = List.of();

  private String person;
  private String profile = "FA";
  private LocalDate date = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
  private BigDecimal days = BigDecimal.ONE;
  private String track = "ACM_IDM";
  private String activity = "INTEGRATION_SUPPORT";
  private Long groupId;
  private Long municipalityId;
  private String note;

  private String rateProfile = "FA";
  private LocalDate rateFrom;
  private BigDecimal rateAmount;

  /** View action: CRT and steering committee (404 for municipalities). */
  public void load() {
    be.vlaanderen.crt.portal.platform.PageAccess.load(
        () -> {
          if (!TimeEntries.mayLog(currentUser.account())
              && currentUser.account().getRole() != Role.STEERING) {
            throw new NotPermittedException("CRT and steering committee");
          }
          if (profileViews.isEmpty()) {
            refresh();
          }
        });
  }

  public void refresh() {
    try {
      rows = entries.month(currentUser.account(), YearMonth.parse(month));
    } catch (java.time.format.DateTimeParseException e) {
      month = be.vlaanderen.crt.portal.platform.ProgrammeTime.thisMonth().toString();
      rows =
          entries.month(
              currentUser.account(), be.vlaanderen.crt.portal.platform.ProgrammeTime.thisMonth());
    }
    locks = entries.locks();
    profileViews = profiles.profiles(currentUser.account());
  }

  public void add() {
    TimeEntries.EntryView added =
        entries.add(
            currentUser.account(),
            new TimeEntries.EntryInput(
                person,
                profile,
                date == null ? null : date.toString(),
                days,
                activity,
                track,
                "ACM_IDM".equals(track) && groupId != null ? BigDecimal.valueOf(groupId) : null,
                municipalityId,
                note));
    info(
        Messages.get(
            locale(),
            "time.added",
            formats.days(added.days()),
            formats.date(added.date()),
            formats.euro(added.amount())));
    note = null;
    month = YearMonth.from(added.date()).toString();
    refresh();
  }

  public void delete(long id) {
    try {
      entries.delete(currentUser.account(), id);
      info(Messages.get(locale(), "time.deleted"));
      refresh();
    } catch (InvalidInputException e) {
      error(e.message(locale()));
    } catch (NotVisibleException e) {
      error(Messages.get(locale(), "error.notFound"));
    }
  }

  public void lockMonth() {
    entries.lock(currentUser.account(), YearMonth.parse(month));
    info(Messages.get(locale(), "time.monthLocked", month));
    refresh();
  }

  public void addRate() {
    profiles.addRate(currentUser.account(), rateProfile, rateFrom, rateAmount);
    info(Messages.get(locale(), "rate.added"));
    rateFrom = null;
    rateAmount = null;
    refresh();
  }

  public boolean isMonthLocked() {
    return locks.stream().anyMatch(l -> l.month().equals(month));
  }

  public boolean isMayLog() {
    return TimeEntries.mayLog(currentUser.account());
  }

  public boolean isCoordinator() {
    return currentUser.account().getRole() == Role.COORDINATOR;
  }

  public Activity[] getActivities() {
    return Activity.values();
  }

  /** The activities of the chosen track. */
  public List<Activity> getTrackActivities() {
    List<Activity> list = new ArrayList<>();
    for (Activity a : Activity.values()) {
      if (a.fits(Track.valueOf(track))) {
        list.add(a);
      }
    }
    return list;
  }

  public void trackChanged() {
    if (!Activity.valueOf(activity).fits(Track.valueOf(track))) {
      activity = getTrackActivities().get(0).name();
    }
    groupId = null;
    municipalityId = null;
  }

  /** The months to choose from: the last twelve. */
  public List<String> getMonths() {
    List<String> months = new ArrayList<>();
    YearMonth m = be.vlaanderen.crt.portal.platform.ProgrammeTime.thisMonth();
    for (int i = 0; i < 12; i++) {
      months.add(m.minusMonths(i).toString());
    }
    return months;
  }

  public List<PilotGroups.GroupView> getGroups() {
    return pilotGroups.groups(currentUser.account());
  }

  /** Municipalities of the chosen track: selected pilot ones, or those enrolled in a BCP wave. */
  public Map<String, Long> getMunicipalities() {
    Map<String, Long> result = new LinkedHashMap<>();
    if ("ACM_IDM".equals(track)) {
      selection.selectedVisible(currentUser.account()).stream()
          .filter(
              a ->
                  groupId == null
                      || getGroups().stream()
                          .anyMatch(
                              g ->
                                  g.id() == groupId
                                      && g.members().stream()
                                          .anyMatch(m -> m.municipalityId() == a.municipalityId())))
          .forEach(a -> result.put(a.municipality(), a.municipalityId()));
    } else {
      em.createQuery(
              "SELECT DISTINCT e.municipality.name, e.municipality.id FROM Enrollment e"
                  + " WHERE e.wave.programme.track = :t ORDER BY e.municipality.name",
              Object[].class)
          .setParameter("t", Track.BCP)
          .getResultList()
          .forEach(r -> result.put((String) r[0], (Long) r[1]));
    }
    return result;
  }

  public BigDecimal getMonthDays() {
    return rows.stream().map(TimeEntries.EntryView::days).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The month's cost, summed exactly and rounded once when shown. */
  public Money getMonthAmount() {
    return Money.sum(rows.stream().map(TimeEntries.EntryView::amount).toList());
  }

  // getters and setters

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public List<TimeEntries.EntryView> getRows() {
    return rows;
  }

  public List<TimeEntries.LockView> getLocks() {
    return locks;
  }

  public List<Profiles.ProfileView> getProfileViews() {
    return profileViews;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getProfile() {
    return profile;
  }

  public void setProfile(String profile) {
    this.profile = profile;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  /**
   * Half a day or a day, as BigDecimals of the scale the converter gives back: with EL literals
   * ({@code #{0.5}}, a Double; {@code #{1}}, a Long) JSF judged the submitted value "not valid".
   */
  public java.util.List<jakarta.faces.model.SelectItem> getDayOptions() {
    return java.util.List.of(
        new jakarta.faces.model.SelectItem(new BigDecimal("0.5"), "\u00bd"),
        new jakarta.faces.model.SelectItem(BigDecimal.ONE, "1"));
  }

  public BigDecimal getDays() {
    return days;
  }

  public void setDays(BigDecimal days) {
    this.days = days;
  }

  public String getTrack() {
    return track;
  }

  public void setTrack(String track) {
    this.track = track;
  }

  public String getActivity() {
    return activity;
  }

  public void setActivity(String activity) {
    this.activity = activity;
  }

  public Long getGroupId() {
    return groupId;
  }

  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public void setMunicipalityId(Long municipalityId) {
    this.municipalityId = municipalityId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getRateProfile() {
    return rateProfile;
  }

  public void setRateProfile(String rateProfile) {
    this.rateProfile = rateProfile;
  }

  public LocalDate getRateFrom() {
    return rateFrom;
  }

  public void setRateFrom(LocalDate rateFrom) {
    this.rateFrom = rateFrom;
  }

  public BigDecimal getRateAmount() {
    return rateAmount;
  }

  public void setRateAmount(BigDecimal rateAmount) {
    this.rateAmount = rateAmount;
  }

  public LocalDate getToday() {
    return be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
  }
}
