package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.Submission;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's remark on a submission: on a passage of one version (anchored by quote and position,
 * the W3C Web Annotation way, plus the PDF page) or, without a passage, on the whole submission.
 * Municipalities see it only when it is {@link Visibility#MUNICIPALITY} and its round is released
 * for them.
 */
@Entity
@Table(name = "remark")
public class Remark {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "submission_id", updatable = false)
  private Submission submission;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private FeedbackRound round;

  /** The version the passage was selected on. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id", updatable = false)
  private DocumentVersion version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id", updatable = false)
  private UserAccount author;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RemarkKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Theme theme;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  @Column(name = "quote_exact", columnDefinition = "TEXT")
  private String exact;

  @Column(name = "quote_prefix", length = 200)
  private String prefix;

  @Column(name = "quote_suffix", length = 200)
  private String suffix;

  @Column(name = "pos_start")
  private Integer start;

  @Column(name = "pos_end")
  private Integer end;

  private Integer page;

  @Column(name = "processed_at")
  private Instant processedAt;

  @Column(name = "processed_by", length = 64)
  private String processedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  protected Remark() {}

  public Remark(
      Submission submission,
      FeedbackRound round,
      DocumentVersion version,
      UserAccount author,
      Passage passage,
      Instant now) {
    this.submission = Objects.requireNonNull(submission, "submission");
    this.round = Objects.requireNonNull(round, "round");
    this.version = Objects.requireNonNull(version, "version");
    this.author = Objects.requireNonNull(author, "author");
    if (passage != null) {
      this.exact = passage.exact();
      this.prefix = passage.prefix();
      this.suffix = passage.suffix();
      this.start = passage.start();
      this.end = passage.end();
      this.page = passage.page();
    }
    this.createdAt = Objects.requireNonNull(now, "now");
    this.modifiedAt = now;
  }

  /** The passage a remark is anchored to: quote with context, offsets in the text, PDF page. */
  public record Passage(
      String exact, String prefix, String suffix, int start, int end, Integer page) {
    public Passage {
      Objects.requireNonNull(exact, "exact");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("A passage has 0 <= start < end");
      }
    }
  }

  /** Sets what the remark says; the modification time moves on. */
  public void write(RemarkKind kind, Theme theme, Visibility visibility, String body, Instant at) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.theme = Objects.requireNonNull(theme, "theme");
    this.visibility = Objects.requireNonNull(visibility, "visibility");
    this.body = Objects.requireNonNull(body, "body");
    this.modifiedAt = Objects.requireNonNull(at, "at");
  }

  /** The municipality says it has acted on the remark, or takes that back (at null). */
  public void markProcessed(Instant at, String by) {
    this.processedAt = at;
    this.processedBy = at == null ? null : by;
  }

  public Passage passage() {
    return exact == null ? null : new Passage(exact, prefix, suffix, start, end, page);
  }

  public boolean isProcessed() {
    return processedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Submission getSubmission() {
    return submission;
  }

  public FeedbackRound getRound() {
    return round;
  }

  public DocumentVersion getVersion() {
    return version;
  }

  public UserAccount getAuthor() {
    return author;
  }

  public RemarkKind getKind() {
    return kind;
  }

  public Theme getTheme() {
    return theme;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public String getBody() {
    return body;
  }

  public Instant getProcessedAt() {
    return processedAt;
  }

  public String getProcessedBy() {
    return processedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
