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
}
