package be.vlaanderen.crt.portal.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A lesson learned; created as a draft, for instance from a remark in the group feedback. */
@Entity
@Table(name = "lesson")
public class Lesson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 1000)
  private String summary;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  /** Theme names, comma separated. */
  @Column(nullable = false, length = 400)
  private String themes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LessonStatus status = LessonStatus.DRAFT;

  @Column(name = "source_round_id")
  private Long sourceRoundId;

  @Column(name = "source_remark_id")
  private Long sourceRemarkId;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private int version = 1;

  /** Where the lesson comes from, as shown to the public ("Traject 1 · feedbackronde 2"). */
  @Column(name = "source_label", length = 120)
  private String sourceLabel;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** Ids of related toolkit resources, comma separated. */
  @Column(name = "related_resources", length = 400)
  private String relatedResources;

  protected Lesson() {}

  public Lesson(
      String title,
      String body,
      String themes,
      Long sourceRoundId,
      Long sourceRemarkId,
      String createdBy,
      Instant createdAt) {
    this.title = Objects.requireNonNull(title, "title");
    this.body = Objects.requireNonNull(body, "body");
    this.themes = Objects.requireNonNull(themes, "themes");
    this.sourceRoundId = sourceRoundId;
    this.sourceRemarkId = sourceRemarkId;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Changes the text; each change is a new version. */
  public void edit(
      String title, String summary, String body, String themes, String by, Instant at) {
    this.title = Objects.requireNonNull(title, "title");
    this.summary = summary;
    this.body = Objects.requireNonNull(body, "body");
    this.themes = Objects.requireNonNull(themes, "themes");
    this.version++;
    touch(by, at);
  }

  public void summarise(String summary) {
    this.summary = summary;
  }

  public void describeSource(String sourceLabel) {
    this.sourceLabel = sourceLabel;
  }

  public void relateTo(java.util.List<Long> resourceIds) {
    this.relatedResources =
        resourceIds == null || resourceIds.isEmpty()
            ? null
            : resourceIds.stream()
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
  }

  public java.util.List<Long> relatedResourceIds() {
    return relatedResources == null || relatedResources.isBlank()
        ? java.util.List.of()
        : java.util.Arrays.stream(relatedResources.split(",")).map(Long::valueOf).toList();
  }

  /** Moves the lesson along its lifecycle (the service checks which moves are allowed). */
  public void moveTo(LessonStatus next, String by, Instant at) {
    if (next == LessonStatus.APPROVED) {
      approvedBy = by;
    }
    if (next == LessonStatus.PUBLISHED && publishedAt == null) {
      publishedAt = at;
    }
    this.status = Objects.requireNonNull(next, "next");
    touch(by, at);
  }

  private void touch(String by, Instant at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public int getVersion() {
    return version;
  }

  public String getSourceLabel() {
    return sourceLabel;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  /** The themes as a list of names. */
  public java.util.List<String> themeList() {
    return themes.isBlank() ? java.util.List.of() : java.util.List.of(themes.split(","));
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public String getThemes() {
    return themes;
  }

  public LessonStatus getStatus() {
    return status;
  }

  public Long getSourceRoundId() {
    return sourceRoundId;
  }

  public Long getSourceRemarkId() {
    return sourceRemarkId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
