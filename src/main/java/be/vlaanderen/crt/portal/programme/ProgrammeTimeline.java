package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A municipality's programme in time: the workshops and assignment deadlines of its waves, in
 * order, for its contact persons and the CRT.
 */
@ApplicationScoped
public class ProgrammeTimeline {

  @PersistenceContext private EntityManager em;

  @Inject AccessPolicy access;

  @Inject WorkshopPlanning workshops;

  @Inject WaveAssignments assignments;

  /** One moment on a municipality's timeline: a workshop or an assignment's deadline. */
  public record TimelineItem(
      LocalDateTime when,
      String type,
      String title,
      String detail,
      Long assignmentId,
      AssignmentKind kind,
      List<WorkshopPlanning.MaterialView> materials,
      Long waveId,
      Integer workshopNumber)
      implements Serializable {}

  /** The municipality's programme in time: its waves' workshops and assignment deadlines. */
  public List<TimelineItem> timeline(UserAccount account, long municipalityId) {
    if (!access.mayReadDocuments(account, municipalityId)) {
      throw new NotVisibleException("Municipality " + municipalityId);
    }
    List<TimelineItem> items = new ArrayList<>();
    List<Wave> waves =
        em.createQuery("SELECT e.wave FROM Enrollment e WHERE e.municipality.id = :m", Wave.class)
            .setParameter("m", municipalityId)
            .getResultList();
    for (Wave wave : waves) {
      for (WorkshopPlanning.WorkshopView w : workshops.workshops(wave.getId())) {
        items.add(
            new TimelineItem(
                w.heldAt(),
                "WORKSHOP",
                w.number() + ". " + w.title(),
                w.place(),
                null,
                null,
                w.materials(),
                wave.getId(),
                w.number()));
      }
      for (WaveAssignments.AssignmentView a : assignments.assignments(wave.getId())) {
        items.add(
            new TimelineItem(
                a.deadline(),
                "ASSIGNMENT",
                a.title(),
                a.description(),
                a.id(),
                a.kind(),
                List.of(),
                wave.getId(),
                null));
      }
    }
    items.sort(
        Comparator.comparing(TimelineItem::when, Comparator.nullsLast(Comparator.naturalOrder())));
    return items;
  }
}
