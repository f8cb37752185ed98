package be.vlaanderen.crt.portal.reporting;

import be.vlaanderen.crt.portal.programme.AssignmentKind;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Where each municipality of a wave stands: one row per municipality, one cell per deliverable of
 * the BCP track (self-evaluation, BIA, BCP, BCP update), and totals per column.
 */
public record ProgressMatrix(
    long waveId, String wave, List<AssignmentKind> columns, List<Row> rows, List<Total> totals)
    implements Serializable {

  /** The deliverables of the BCP track, in the order of the workshops. */
  public static final List<AssignmentKind> BCP_COLUMNS =
      List.of(
          AssignmentKind.SELF_EVALUATION,
          AssignmentKind.BIA,
          AssignmentKind.BCP,
          AssignmentKind.BCP_UPDATE);

  /** The state of one deliverable. */
  public enum State {
    /** No assignment of this kind in the wave yet. */
    NOT_ASSIGNED,
    NOT_STARTED,
    SUBMITTED,
    /** Past the deadline with nothing handed in. */
    LATE
  }

  /**
   * @param count versions handed in (for the self-evaluation: moments filled in)
   */
  /**
   * @param status the status both sides see (in review, feedback available, ...), next to the
   *     coarse state
   */
  public record Cell(
      AssignmentKind kind,
      State state,
      int count,
      Instant last,
      LocalDateTime deadline,
      be.vlaanderen.crt.portal.submission.SubmissionStatus status)
      implements Serializable {}

  /** One municipality. */
  public record Row(long municipalityId, String municipality, String province, List<Cell> cells)
      implements Serializable {

    public Cell cell(AssignmentKind kind) {
      return cells.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }
  }

  /** How many municipalities handed in a deliverable, out of how many were asked. */
  public record Total(AssignmentKind kind, int submitted, int late, int expected)
      implements Serializable {}
}
