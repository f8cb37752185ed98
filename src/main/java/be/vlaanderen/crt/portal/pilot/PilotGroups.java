package be.vlaanderen.crt.portal.pilot;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.review.ReviewerAssignment;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The pilot's groups of six after the selection: who is in which group, their meetings (intake and
 * course sessions) and the analysts who follow them. Every change is audited.
 */
@ApplicationScoped
public class PilotGroups {

  static final int MAX_TEXT = PilotSelection.MAX_TEXT;

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject PilotSelection selection;

  /** An analyst and how many of a group's municipalities they follow. */
  public record Follows(String analyst, Long municipalities) {}

  /** A group with its members and meetings. */
  public record GroupView(
      long id,
      int number,
      String name,
      List<Member> members,
      List<MeetingView> meetings,
      List<String> analysts)
      implements Serializable {}

  /** A member of a group. */
  public record Member(long applicationId, long municipalityId, String name, String province)
      implements Serializable {}

  /** A meeting of a group. */
  public record MeetingView(
      long id, String kind, LocalDateTime heldAt, String place, String participants)
      implements Serializable {}

  /** The groups with their members, meetings and analysts (the CRT and the steering committee). */
  public List<GroupView> groups(UserAccount account) {
    PilotSelection.requireCrtOrSteering(account);
    List<GroupView> views = new ArrayList<>();
    for (PilotGroup g : selection.groupEntities()) {
      List<Member> members =
          em
              .createQuery(
                  "SELECT a FROM PilotApplication a WHERE a.group.id = :g ORDER BY a.municipality.name",
                  PilotApplication.class)
              .setParameter("g", g.getId())
              .getResultList()
              .stream()
              .map(
                  a ->
                      new Member(
                          a.getId(),
                          a.getMunicipality().getId(),
                          a.getMunicipality().getName(),
                          a.getMunicipality().getProvince().label()))
              .toList();
      List<MeetingView> meetings =
          em
              .createQuery(
                  "SELECT m FROM PilotMeeting m WHERE m.group.id = :g ORDER BY m.heldAt",
                  PilotMeeting.class)
              .setParameter("g", g.getId())
              .getResultList()
              .stream()
              .map(
                  m ->
                      new MeetingView(
                          m.getId(),
                          m.getKind().name(),
                          m.getHeldAt(),
                          m.getPlace(),
                          m.getParticipants()))
              .toList();
      // Reviewers of the group's municipalities: "Jan Peeters", or "Pieter Janssens (1/6)" when
      // they follow only some of them.
      List<String> analysts = new ArrayList<>();
      if (!members.isEmpty()) {
        em.createQuery(
                "SELECT NEW be.vlaanderen.crt.portal.pilot.PilotGroups$Follows("
                    + "r.reviewer.displayName, COUNT(r)) FROM ReviewerAssignment r"
                    + " WHERE r.municipality.id IN :m GROUP BY r.reviewer.displayName"
                    + " ORDER BY r.reviewer.displayName",
                Follows.class)
            .setParameter("m", members.stream().map(Member::municipalityId).toList())
            .getResultList()
            .forEach(
                f ->
                    analysts.add(
                        f.municipalities() == members.size()
                            ? f.analyst()
                            : f.analyst()
                                + " ("
                                + f.municipalities()
                                + "/"
                                + members.size()
                                + ")"));
      }
      views.add(new GroupView(g.getId(), g.getNumber(), g.getName(), members, meetings, analysts));
    }
    return views;
  }

  /** Moves a selected municipality to another group (coordinator). */
  @Transactional
  public void move(UserAccount account, long applicationId, long groupId) {
    PilotSelection.requireCoordinator(account);
    PilotApplication a = em.find(PilotApplication.class, applicationId);
    PilotGroup g = em.find(PilotGroup.class, groupId);
    if (a == null || g == null) {
      throw new NotVisibleException("Application or group");
    }
    if (a.getDecision() != Decision.SELECTED) {
      throw new InvalidInputException("pilot.group.notSelected");
    }
    String from = a.getGroup() == null ? "-" : a.getGroup().getName();
    a.placeIn(g);
    audit.recordFor(
        a.getMunicipality().getId(),
        account.getUsername(),
        "PILOT_GROUP_CHANGED",
        "PilotApplication",
        a.getId(),
        from + " → " + g.getName());
  }

  /** Plans an intake meeting or a course session of a group. */
  @Transactional
  public long addMeeting(
      UserAccount account,
      long groupId,
      PilotMeeting.Kind kind,
      LocalDateTime heldAt,
      String place,
      String participants) {
    PilotSelection.requireCoordinator(account);
    PilotGroup g = em.find(PilotGroup.class, groupId);
    if (g == null) {
      throw new NotVisibleException("Group " + groupId);
    }
    if (kind == null || heldAt == null) {
      throw new InvalidInputException("pilot.meeting.required");
    }
    String where = Inputs.required(place, MAX_TEXT, "pilot.meeting.placeRequired");
    if (where.length() > 200) {
      throw new InvalidInputException("pilot.tooLong", 200);
    }
    String who = participants == null || participants.isBlank() ? null : participants.strip();
    if (who != null && who.length() > MAX_TEXT) {
      throw new InvalidInputException("pilot.tooLong", MAX_TEXT);
    }
    PilotMeeting m = new PilotMeeting(g, kind, heldAt, where, who);
    em.persist(m);
    em.flush();
    audit.record(
        account.getUsername(),
        "PILOT_MEETING_PLANNED",
        "PilotMeeting",
        m.getId(),
        g.getName() + ", " + kind + ", " + heldAt);
    return m.getId();
  }

  /**
   * Makes an analyst (REVIEWER) responsible for every municipality of a group: they may then work
   * on its dossiers and review its documents.
   */
  @Transactional
  public int assignAnalyst(UserAccount account, long groupId, String username) {
    PilotSelection.requireCoordinator(account);
    UserAccount analyst =
        em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
            .setParameter("username", username == null ? "" : username)
            .getResultStream()
            .findFirst()
            .filter(u -> u.getRole() == Role.REVIEWER)
            .orElseThrow(() -> new InvalidInputException("pilot.group.noSuchAnalyst"));
    List<PilotApplication> members =
        em.createQuery(
                "SELECT a FROM PilotApplication a WHERE a.group.id = :g", PilotApplication.class)
            .setParameter("g", groupId)
            .getResultList();
    int added = 0;
    for (PilotApplication a : members) {
      boolean present =
          !em.createQuery(
                  "SELECT r.id FROM ReviewerAssignment r WHERE r.reviewer.id = :u AND r.municipality.id = :m",
                  Long.class)
              .setParameter("u", analyst.getId())
              .setParameter("m", a.getMunicipality().getId())
              .getResultList()
              .isEmpty();
      if (!present) {
        em.persist(new ReviewerAssignment(analyst, a.getMunicipality()));
        added++;
      }
    }
    audit.record(
        account.getUsername(),
        "PILOT_ANALYST_ASSIGNED",
        "PilotGroup",
        groupId,
        username + ", " + added + " municipalities added");
    return added;
  }
}
