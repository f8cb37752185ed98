package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.review.anchoring.AnchorState;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
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

/** Where a remark's passage was found again on a later version (carry-over). */
@Entity
@Table(name = "remark_anchor")
public class RemarkAnchor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "remark_id", updatable = false)
  private Remark remark;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id", updatable = false)
  private DocumentVersion version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnchorState state;

  @Column(name = "pos_start")
  private Integer start;

  @Column(name = "pos_end")
  private Integer end;

  @Column(nullable = false)
  private double similarity;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  protected RemarkAnchor() {}

  public RemarkAnchor(
      Remark remark,
      DocumentVersion version,
      AnchorState state,
      Integer start,
      Integer end,
      double similarity,
      Instant computedAt) {
    this.remark = Objects.requireNonNull(remark, "remark");
    this.version = Objects.requireNonNull(version, "version");
    this.state = Objects.requireNonNull(state, "state");
    this.start = start;
    this.end = end;
    this.similarity = similarity;
    this.computedAt = Objects.requireNonNull(computedAt, "computedAt");
  }

  public Remark getRemark() {
    return remark;
  }

  public DocumentVersion getVersion() {
    return version;
  }

  public AnchorState getState() {
    return state;
  }

  public Integer getStart() {
    return start;
  }

  public Integer getEnd() {
    return end;
  }

  public double getSimilarity() {
    return similarity;
  }
}
