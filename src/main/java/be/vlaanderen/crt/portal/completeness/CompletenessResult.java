package be.vlaanderen.crt.portal.completeness;

import be.vlaanderen.crt.portal.completeness.CompletenessReport.Outcome;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * The stored completeness report of one document version (findings as JSON). Written once, never
 * changed.
 */
@Entity
@Table(name = "completeness_result")
public class CompletenessResult {

  /** More findings than this say nothing more to a person; the count is kept as a last finding. */
  static final int MAX_FINDINGS = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The checked document version (a foreign key in the schema; the submission feature owns it). */
  @Column(name = "document_version_id", nullable = false, updatable = false)
  private Long versionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Outcome outcome;

  @Lob
  @Column(nullable = false, updatable = false)
  private String findings;

  protected CompletenessResult() {}

  public CompletenessResult(long versionId, CompletenessReport report) {
    this.versionId = versionId;
    this.outcome = report.outcome();
    List<Finding> kept = report.findings();
    if (kept.size() > MAX_FINDINGS) {
      int more = kept.size() - MAX_FINDINGS;
      kept = new java.util.ArrayList<>(kept.subList(0, MAX_FINDINGS));
      kept.add(new Finding("MORE_FINDINGS", more, null, null));
    }
    this.findings = Json.JSONB.toJson(kept.toArray(new Finding[0]));
  }

  public long getVersionId() {
    return versionId;
  }

  public CompletenessReport report() {
    return new CompletenessReport(
        outcome, Arrays.asList(Json.JSONB.fromJson(findings, Finding[].class)));
  }

  /**
   * One JSON-B instance for all rows: creating one looks up the provider through the class path
   * each time (18–26 % of the worklist's busy threads in the profile of issue 18), and an instance
   * is thread-safe. Created on first use, kept for the application's life.
   */
  private static final class Json {
    static final Jsonb JSONB = JsonbBuilder.create();
  }
}
