package be.vlaanderen.crt.portal.pilot.dossier;

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

/** The outcome of one test case on one building block and environment of a dossier. */
@Entity
@Table(name = "test_result")
public class TestResult {

  /** Pass, fail or not applicable. */
  public enum Outcome {
    PASS,
    FAIL,
    NOT_APPLICABLE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Column(name = "dossier_id")
  private long dossierId;

  @Enumerated(EnumType.STRING)
  private Block block;

  @Enumerated(EnumType.STRING)
  private Env environment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "test_case_id")
  private TestCase testCase;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String note;

  @Column(name = "tested_at")
  private Instant testedAt;

  @Column(name = "tested_by")
  private String testedBy;

  protected TestResult() {}

  TestResult(long dossierId, Block block, Env environment, TestCase testCase) {
    this.dossierId = dossierId;
    this.block = block;
    this.environment = environment;
    this.testCase = testCase;
  }

  void record(Outcome outcome, String note, Instant at, String by) {
    this.outcome = outcome;
    this.note = note;
    this.testedAt = at;
    this.testedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Block getBlock() {
    return block;
  }

  public Env getEnvironment() {
    return environment;
  }

  public TestCase getTestCase() {
    return testCase;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getNote() {
    return note;
  }

  public Instant getTestedAt() {
    return testedAt;
  }

  public String getTestedBy() {
    return testedBy;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
