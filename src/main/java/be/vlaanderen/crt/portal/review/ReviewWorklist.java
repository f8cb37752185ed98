package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.completeness.CompletenessReport;
import be.vlaanderen.crt.portal.completeness.CompletenessResults;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.AssignmentStatus;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import be.vlaanderen.crt.portal.submission.SubmissionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewer's worklist: the handed-in BIA, BCP and BCP update submissions of the municipalities
 * the reviewer is assigned to (all, for coordinators), with their round, status, completeness
 * findings and remark counts.
 */
@ApplicationScoped
public class ReviewWorklist {

  /** A number per submission (its latest version, its municipality's replies). */
  public record Count(Long submission, Long value) {}

  /** The remarks of a submission with one visibility. */
  public record RemarkCount(Long submission, Visibility visibility, Long count) {}

  /** The feedback round a submission belongs to. */
  public record RoundOf(Long submission, FeedbackRound round) {}

  private static final Set<AssignmentKind> REVIEWED =
      Set.of(AssignmentKind.BIA, AssignmentKind.BCP, AssignmentKind.BCP_UPDATE);

  /** Statuses that wait for the CRT. */
  public static final Set<SubmissionStatus> WAITING =
      Set.of(SubmissionStatus.SUBMITTED, SubmissionStatus.IN_REVIEW, SubmissionStatus.REVISED);

  @PersistenceContext private EntityManager em;

  @Inject SubmissionService submissions;

  @Inject CompletenessResults completeness;

  @Inject Rounds rounds;

  /** One submission in the worklist. */
  public record Row(
      long submissionId,
      long municipalityId,
      String municipality,
      String wave,
      AssignmentKind kind,
      int round,
      boolean currentRound,
      LocalDateTime deadline,
      SubmissionStatus status,
      int versions,
      Instant lastUpload,
      CompletenessReport completeness,
      long remarks,
      long internal,
      long municipalityReplies,
      boolean released)
      implements Serializable {

    public boolean isWaiting() {
      return WAITING.contains(status);
    }
  }

  @Transactional
  public List<Row> rows(UserAccount account) {
    Rounds.requireCrt(account);
    List<AssignmentStatus> handedIn =
        submissions.assignments(account).stream()
            .filter(s -> REVIEWED.contains(s.kind()) && s.submissionId() != null)
            .toList();
    if (handedIn.isEmpty()) {
      return List.of();
    }
    List<Long> ids = handedIn.stream().map(AssignmentStatus::submissionId).toList();
    Map<Long, Long> latest = new HashMap<>();
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.review.ReviewWorklist$Count(v.submission.id, MAX(v.id)) FROM DocumentVersion v"
                + " WHERE v.submission.id IN :ids GROUP BY v.submission.id",
            Count.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> latest.put(row.submission(), row.value()));
    Map<Long, CompletenessReport> reports = completeness.of(latest.values());
    Map<Long, long[]> counts = new HashMap<>();
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.review.ReviewWorklist$RemarkCount(r.submission.id, r.visibility, COUNT(r)) FROM Remark r"
                + " WHERE r.submission.id IN :ids GROUP BY r.submission.id, r.visibility",
            RemarkCount.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row -> {
              long[] c = counts.computeIfAbsent(row.submission(), k -> new long[3]);
              c[0] += row.count();
              if (row.visibility() == Visibility.INTERNAL) {
                c[1] += row.count();
              }
            });
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.review.ReviewWorklist$Count(p.remark.submission.id, COUNT(p)) FROM RemarkReply p"
                + " WHERE p.remark.submission.id IN :ids"
                + " AND p.author.role = be.vlaanderen.crt.portal.security.Role.MUNICIPALITY"
                + " GROUP BY p.remark.submission.id",
            Count.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row -> counts.computeIfAbsent(row.submission(), k -> new long[3])[2] = row.value());
    Map<Long, FeedbackRound> roundOf = new HashMap<>();
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.review.ReviewWorklist$RoundOf(s.id, r) FROM Submission s, FeedbackRound r WHERE s.id IN :ids"
                + " AND r.wave = s.assignment.wave AND r.assignmentKind = s.assignment.kind",
            RoundOf.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> roundOf.put(row.submission(), row.round()));
    Set<String> released =
        new java.util.HashSet<>(
            em.createQuery(
                    "SELECT CONCAT(x.round.id, '/', x.municipality.id) FROM RoundRelease x",
                    String.class)
                .getResultList());
    LocalDate today = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
    return handedIn.stream()
        .map(
            s -> {
              long[] c = counts.getOrDefault(s.submissionId(), new long[3]);
              FeedbackRound round = roundOf.get(s.submissionId());
              Long version = latest.get(s.submissionId());
              return new Row(
                  s.submissionId(),
                  s.municipalityId(),
                  s.municipality(),
                  s.wave(),
                  s.kind(),
                  FeedbackRound.numberOf(s.kind()),
                  round != null && round.isCurrent(today),
                  s.deadline(),
                  s.status(),
                  s.versionCount(),
                  s.lastUploadAt(),
                  version == null ? null : reports.get(version),
                  c[0],
                  c[1],
                  c[2],
                  round != null && released.contains(round.getId() + "/" + s.municipalityId()));
            })
        .toList();
  }
}
