package be.vlaanderen.crt.portal.platform.cost;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the request on this thread has cost so far: the SQL statements it sent to the database.
 * Counted from the moment the container hands the request over (before authentication) until it is
 * done; work on other threads (background jobs, the carry-over) is not the request's.
 */
public final class RequestCost {

  private static final ThreadLocal<RequestCost> CURRENT = new ThreadLocal<>();

  /** At most this many different statements are kept per traced request. */
  static final int SHAPES_KEPT = 40;

  private final long startedNanos = System.nanoTime();
  private final Map<String, Integer> shapes;
  private int statements;

  private RequestCost(boolean traced) {
    this.shapes = traced ? new LinkedHashMap<>() : null;
  }

  /**
   * Starts counting for the request on this thread; a traced request also keeps which statements it
   * sent (their SQL with placeholders, never the values).
   */
  static RequestCost begin(boolean traced) {
    RequestCost cost = new RequestCost(traced);
    CURRENT.set(cost);
    return cost;
  }

  /** Stops counting on this thread and answers what was counted (null when nothing was begun). */
  static RequestCost end() {
    RequestCost cost = CURRENT.get();
    CURRENT.remove();
    return cost;
  }

  /** Called for every SQL statement EclipseLink sends, on the thread that sends it. */
  static void statementSent(String sql) {
    RequestCost cost = CURRENT.get();
    if (cost != null) {
      cost.statements++;
      if (cost.shapes != null && sql != null) {
        String shape = sql.length() > 240 ? sql.substring(0, 240) + "…" : sql;
        if (cost.shapes.containsKey(shape) || cost.shapes.size() < SHAPES_KEPT) {
          cost.shapes.merge(shape, 1, Integer::sum);
        }
      }
    }
  }

  /** The statements counted on this thread so far, 0 outside a request. */
  public static int statementsSoFar() {
    RequestCost cost = CURRENT.get();
    return cost == null ? 0 : cost.statements;
  }

  int statements() {
    return statements;
  }

  /** The statements sent, each with how often (traced requests only, else empty). */
  Map<String, Integer> shapes() {
    return shapes == null ? Map.of() : Map.copyOf(shapes);
  }

  long elapsedMicros() {
    return (System.nanoTime() - startedNanos) / 1_000;
  }
}
