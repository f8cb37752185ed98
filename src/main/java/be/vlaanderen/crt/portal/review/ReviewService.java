package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.review.RemarkView.ReplyView;
import be.vlaanderen.crt.portal.review.anchoring.AnchorState;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.Submission;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remarks on submissions and their threads, and what the review page needs besides them. Releases
 * are {@link RoundReleases}, the overall assessment {@link Assessments}, the placing of remarks on
 * later versions {@link RemarkPlacement} and {@link CarryOver}; who sees and changes which remark
 * is {@link RemarkVisibility}. Anything a caller may not see answers {@link NotVisibleException},
 * exactly like an unknown id.
 */
@ApplicationScoped
@be.vlaanderen.crt.portal.platform.RetryOnDeadlock
public class ReviewService {

  static final int MAX_BODY = 5000;

  @PersistenceContext private EntityManager em;

  @Inject SubmissionService submissions;

  @Inject Rounds rounds;

  @Inject RemarkVisibility visibility;

  @Inject DocumentTexts texts;

  @Inject RemarkPlacement placement;

  @Inject Passages passages;

  @Inject AuditLog audit;

  @Inject ReviewMails notifications;

  /** What the review page needs besides the remarks. */
  public record Overview(
      Submission submission,
      FeedbackRound round,
      boolean released,
      Instant releasedAt,
      boolean mayWrite,
      boolean mayRelease,
      boolean isMunicipality) {}

  /** The submission with its round and the caller's rights on it. */
  @Transactional
  public Overview overview(UserAccount account, long submissionId) {
    Submission submission = submissions.submission(account, submissionId);
    FeedbackRound round = rounds.roundOf(submission);
    RoundRelease release =
        round == null ? null : rounds.release(round.getId(), submission.getMunicipality().getId());
    boolean crt = isCrt(account);
    return new Overview(
        submission,
        round,
        release != null,
        release == null ? null : release.getReleasedAt(),
        crt && round != null,
        crt && round != null && release == null,
        account.getRole() == Role.MUNICIPALITY);
  }

  /**
   * The remarks the caller may see on a submission, placed on the given version (null: the latest).
   * For a BCP update, the still open remarks of the BCP are carried over too.
   */
  @Transactional
  public List<RemarkView> remarks(UserAccount account, long submissionId, Long versionId) {
    Submission submission = submissions.submission(account, submissionId);
    return remarksOn(
        account, submission, versionOf(account, submission, versionId), visibility.reader(account));
  }

  /** The same for a submission whose overview the caller has just read. */
  @Transactional
  public List<RemarkView> remarksOn(UserAccount account, Overview overview, DocumentVersion shown) {
    RemarkVisibility.Reader policy = visibility.reader(account);
    if (overview.round() != null) {
      policy.knowing(
          overview.round().getId(),
          overview.submission().getMunicipality().getId(),
          overview.released());
    }
    return remarksOn(account, overview.submission(), shown, policy);
  }

  private List<RemarkView> remarksOn(
      UserAccount account,
      Submission submission,
      DocumentVersion shown,
      RemarkVisibility.Reader policy) {
    long submissionId = submission.getId();
    List<Remark> remarks = new ArrayList<>(placement.remarksOf(submission.getId()));
    Submission earlier = placement.carriedFrom(submission);
    if (earlier != null) {
      placement.remarksOf(earlier.getId()).stream()
          .filter(r -> !r.isProcessed())
          .forEach(remarks::add);
    }
    List<Remark> visible =
        remarks.stream()
            .filter(policy::mayRead)
            .sorted(
                java.util.Comparator.comparing(
                        (Remark r) -> r.getSubmission().getId() == submissionId ? 1 : 0)
                    .thenComparing(r -> r.getId()))
            .toList();
    Map<Long, List<ReplyView>> replies = replies(visible);
    java.util.Set<Long> lessons = becameLessons(visible);
    ExtractedText[] read = new ExtractedText[1];
    Supplier<ExtractedText> text = () -> read[0] != null ? read[0] : (read[0] = texts.of(shown));
    Map<Long, RemarkAnchor> anchors =
        shown == null
            ? Map.of()
            : placement.storedOn(
                visible.stream()
                    .filter(r -> !r.getVersion().getId().equals(shown.getId()))
                    .toList(),
                shown);
    List<RemarkView> views = new ArrayList<>();
    for (Remark remark : visible) {
      Integer start = null;
      Integer end = null;
      AnchorState state = null;
      Remark.Passage passage = remark.passage();
      if (passage != null && shown != null) {
        if (remark.getVersion().getId().equals(shown.getId())) {
          start = passage.start();
          end = passage.end();
        } else if (RemarkPlacement.precedes(remark.getVersion(), shown)) {
          RemarkPlacement.Placement found =
              RemarkPlacement.placement(remark, anchors.get(remark.getId()), text);
          state = found.state();
          start = found.start();
          end = found.end();
        }
      }
      views.add(
          view(
              remark,
              start,
              end,
              state,
              state == null ? null : shown,
              policy,
              replies,
              submissionId,
              policy.mayDelete(
                  remark,
                  submissionId,
                  !replies.getOrDefault(remark.getId(), List.of()).isEmpty(),
                  lessons.contains(remark.getId()))));
    }
    return views;
  }

  /** The remarks of the list that became a lesson (one query for the whole list). */
  private java.util.Set<Long> becameLessons(List<Remark> remarks) {
    if (remarks.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        em.createQuery(
                "SELECT l.sourceRemarkId FROM Lesson l WHERE l.sourceRemarkId IN :ids", Long.class)
            .setParameter("ids", remarks.stream().map(Remark::getId).toList())
            .getResultList());
  }

  /** One remark, if the caller may see it. */
  @Transactional
  public RemarkView remark(UserAccount account, long submissionId, long remarkId) {
    return remarks(account, submissionId, null).stream()
        .filter(r -> r.id() == remarkId)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("Remark " + remarkId));
  }

  /** Adds a remark to the latest version. */
  @Transactional
  public RemarkView add(UserAccount account, long submissionId, RemarkInput input) {
    Submission submission = submissions.submission(account, submissionId);
    requireCrt(account);
    FeedbackRound round = rounds.roundOf(submission);
    if (round == null) {
      throw new InvalidInputException("review.invalid.noRound");
    }
    DocumentVersion version = versionOf(account, submission, null);
    if (version == null) {
      throw new InvalidInputException("review.invalid.noDocument");
    }
    String body = validBody(input.body());
    requireFields(input);
    Remark.Passage passage = passages.of(version, input);
    Instant now = Instant.now();
    Remark remark = new Remark(submission, round, version, account, passage, now);
    remark.write(input.kind(), input.theme(), input.visibility(), body, now);
    em.persist(remark);
    em.flush();
    audit.recordFor(
        submission.getMunicipality().getId(),
        account.getUsername(),
        "REMARK_ADDED",
        "Remark",
        remark.getId(),
        input.kind() + ", " + input.theme() + ", " + input.visibility());
    return remark(account, submissionId, remark.getId());
  }

  /** Changes what a remark says (its passage stays); the author or a coordinator. */
  @Transactional
  public RemarkView update(UserAccount account, long submissionId, long remarkId, RemarkInput in) {
    return update(account, submissionId, remarkId, in, null);
  }

  /** Whether the remark is at one of the revisions the caller accepts (null: any). */
  private static void requireRevision(Remark remark, java.util.Set<Long> acceptable) {
    if (acceptable != null && !acceptable.contains(remark.getRowVersion())) {
      throw new be.vlaanderen.crt.portal.platform.PreconditionFailedException(
          "Remark " + remark.getId());
    }
  }

  /**
   * Changes what a remark says, only when it is still at one of the {@code acceptable} revisions
   * (null: whatever its revision). The check and the write are one: the revision is the remark's
   * optimistic lock, so a change committed by someone else in between makes this one fail instead
   * of overwriting it.
   *
   * @throws be.vlaanderen.crt.portal.platform.PreconditionFailedException the remark has moved on
   */
  @Transactional
  public RemarkView update(
      UserAccount account,
      long submissionId,
      long remarkId,
      RemarkInput in,
      java.util.Set<Long> acceptable) {
    Remark remark = writable(account, submissionId, remarkId);
    requireRevision(remark, acceptable);
    String body = validBody(in.body());
    requireFields(in);
    if (remark.getVisibility() == Visibility.MUNICIPALITY
        && in.visibility() == Visibility.INTERNAL
        && visibility.seenByMunicipality(remark)) {
      throw new ConflictException("review.conflict.hideReleased");
    }
    remark.write(in.kind(), in.theme(), in.visibility(), body, Instant.now());
    audit.recordFor(
        remark.getSubmission().getMunicipality().getId(),
        account.getUsername(),
        "REMARK_CHANGED",
        "Remark",
        remarkId,
        in.kind() + ", " + in.theme() + ", " + in.visibility());
    em.flush(); // raises the revision now, so the answer carries the new one
    return remark(account, submissionId, remarkId);
  }

  /**
   * Deletes a draft remark; the author or a coordinator. What the municipality has seen, has
   * answered, or what became a lesson stays.
   */
  @Transactional
  public void delete(UserAccount account, long submissionId, long remarkId) {
    delete(account, submissionId, remarkId, null);
  }

  /**
   * Deletes a draft remark if it is still at one of the {@code acceptable} revisions (null: any).
   */
  @Transactional
  public void delete(
      UserAccount account, long submissionId, long remarkId, java.util.Set<Long> acceptable) {
    Remark remark = writable(account, submissionId, remarkId);
    requireRevision(remark, acceptable);
    if (visibility.seenByMunicipality(remark)) {
      throw new ConflictException("review.conflict.deleteReleased");
    }
    long replies =
        em.createQuery("SELECT COUNT(r) FROM RemarkReply r WHERE r.remark.id = :id", Long.class)
            .setParameter("id", remarkId)
            .getSingleResult();
    long lessons =
        em.createQuery("SELECT COUNT(l) FROM Lesson l WHERE l.sourceRemarkId = :id", Long.class)
            .setParameter("id", remarkId)
            .getSingleResult();
    if (replies > 0 || lessons > 0) {
      throw new ConflictException("review.conflict.deleteAnswered");
    }
    em.createQuery("DELETE FROM RemarkAnchor a WHERE a.remark.id = :id")
        .setParameter("id", remarkId)
        .executeUpdate();
    em.remove(remark);
    audit.recordFor(
        remark.getSubmission().getMunicipality().getId(),
        account.getUsername(),
        "REMARK_DELETED",
        "Remark",
        remarkId,
        remark.getKind() + ", " + remark.getTheme());
  }

  /** Adds a message to a remark's thread; anyone who may see the remark. */
  @Transactional
  public ReplyView reply(UserAccount account, long submissionId, long remarkId, String text) {
    RemarkView seen = remark(account, submissionId, remarkId);
    String body = validBody(text);
    Remark remark = em.find(Remark.class, seen.id());
    RemarkReply reply = new RemarkReply(remark, account, body, Instant.now());
    em.persist(reply);
    em.flush();
    long municipalityId = remark.getSubmission().getMunicipality().getId();
    audit.recordFor(
        municipalityId, account.getUsername(), "REMARK_REPLIED", "Remark", remarkId, null);
    if (account.getRole() == Role.MUNICIPALITY) {
      notifications.replyReceived(
          reply.getId(),
          municipalityId,
          remark.getSubmission().getMunicipality().getName(),
          excerpt(remark.getBody()),
          body,
          remark.getSubmission().getId(),
          remark.getAuthor().getEmail());
    }
    return replyView(reply);
  }

  /** The municipality marks a remark as processed, or takes that back. */
  @Transactional
  public void markProcessed(UserAccount account, long submissionId, long remarkId, boolean done) {
    remark(account, submissionId, remarkId);
    if (account.getRole() != Role.MUNICIPALITY) {
      throw new NotPermittedException("Only the municipality marks its remarks as processed");
    }
    Remark remark = em.find(Remark.class, remarkId);
    remark.markProcessed(done ? Instant.now() : null, account.getUsername());
    audit.recordFor(
        remark.getSubmission().getMunicipality().getId(),
        account.getUsername(),
        done ? "REMARK_PROCESSED" : "REMARK_REOPENED",
        "Remark",
        remarkId,
        null);
  }

  /** The extracted text of the version shown (null: the latest). */
  @Transactional(
      dontRollbackOn = be.vlaanderen.crt.portal.extraction.TextUnavailableException.class)
  public ExtractedText text(UserAccount account, long submissionId, Long versionId) {
    Submission submission = submissions.submission(account, submissionId);
    DocumentVersion version = versionOf(account, submission, versionId);
    return version == null ? null : texts.of(version);
  }

  /** The version shown: the given one (of this submission) or the latest; null when none. */
  public DocumentVersion versionOf(UserAccount account, Submission submission, Long versionId) {
    List<DocumentVersion> versions = submissions.versions(account, submission.getId());
    if (versionId == null) {
      return versions.isEmpty() ? null : versions.get(0);
    }
    return versions.stream()
        .filter(v -> v.getId().equals(versionId))
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("Version " + versionId));
  }

  private Map<Long, List<ReplyView>> replies(List<Remark> remarks) {
    Map<Long, List<ReplyView>> byRemark = new HashMap<>();
    if (remarks.isEmpty()) {
      return byRemark;
    }
    em.createQuery(
            "SELECT r FROM RemarkReply r JOIN FETCH r.author WHERE r.remark.id IN :ids ORDER BY r.createdAt, r.id",
            RemarkReply.class)
        .setParameter("ids", remarks.stream().map(Remark::getId).toList())
        .getResultList()
        .forEach(
            r ->
                byRemark
                    .computeIfAbsent(r.getRemark().getId(), k -> new ArrayList<>())
                    .add(replyView(r)));
    return byRemark;
  }

  private static ReplyView replyView(RemarkReply reply) {
    UserAccount author = reply.getAuthor();
    return new ReplyView(
        reply.getId(),
        author.getDisplayName(),
        author.getUsername(),
        author.getRole() == Role.MUNICIPALITY,
        reply.getBody(),
        reply.getCreatedAt());
  }

  private RemarkView view(
      Remark r,
      Integer start,
      Integer end,
      AnchorState state,
      DocumentVersion anchoredOn,
      RemarkVisibility.Reader policy,
      Map<Long, List<ReplyView>> replies,
      long shownSubmission,
      boolean deletable) {
    Remark.Passage p = r.passage();
    return new RemarkView(
        r.getId(),
        r.getSubmission().getId(),
        r.getRound().getNumber(),
        r.getKind(),
        r.getTheme(),
        r.getVisibility(),
        r.getBody(),
        r.getAuthor().getDisplayName(),
        r.getAuthor().getUsername(),
        r.getCreatedAt(),
        r.getModifiedAt(),
        p == null ? null : p.exact(),
        p == null ? null : p.prefix(),
        p == null ? null : p.suffix(),
        p == null ? null : p.start(),
        p == null ? null : p.end(),
        p == null ? null : p.page(),
        r.getVersion().getId(),
        r.getVersion().getVersionNumber(),
        start,
        end,
        state,
        anchoredOn == null ? null : anchoredOn.getId(),
        anchoredOn == null ? null : anchoredOn.getVersionNumber(),
        r.getSubmission().getId() != shownSubmission,
        policy.seenByMunicipality(r),
        r.getProcessedAt(),
        replies.getOrDefault(r.getId(), List.of()),
        r.getRowVersion(),
        deletable);
  }

  private Remark writable(UserAccount account, long submissionId, long remarkId) {
    remark(account, submissionId, remarkId);
    requireCrt(account);
    Remark remark = em.find(Remark.class, remarkId);
    if (remark.getSubmission().getId() != submissionId) {
      // Carried-over remarks are changed where they were made.
      throw new NotVisibleException("Remark " + remarkId);
    }
    visibility.requireChanger(account, remark);
    return remark;
  }

  private static void requireFields(RemarkInput in) {
    if (in.kind() == null) {
      throw new InvalidInputException("review.invalid.kind");
    }
    if (in.theme() == null) {
      throw new InvalidInputException("review.invalid.theme");
    }
    if (in.visibility() == null) {
      throw new InvalidInputException("review.invalid.visibility");
    }
  }

  static String validBody(String text) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new InvalidInputException("review.invalid.emptyText");
    }
    if (body.length() > MAX_BODY) {
      throw new InvalidInputException("review.invalid.textTooLong", MAX_BODY);
    }
    if (body.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      throw new InvalidInputException("review.invalid.controlCharacters");
    }
    return body;
  }

  private static String excerpt(String text) {
    return text.length() <= 200 ? text : text.substring(0, 197) + "...";
  }

  static boolean isCrt(UserAccount account) {
    return RemarkVisibility.isCrt(account);
  }

  static void requireCrt(UserAccount account) {
    if (!isCrt(account)) {
      throw new NotPermittedException("Only the CRT writes remarks");
    }
  }
}
