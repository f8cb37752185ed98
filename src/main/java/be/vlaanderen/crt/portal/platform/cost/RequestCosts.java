package be.vlaanderen.crt.portal.platform.cost;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements of every request on this node and keeps the last {@value #KEPT}: a
 * coordinator sees the heaviest through {@code /api/admin/requests}, and a client that sends an
 * {@code X-Request-Id} header finds its own request there (the query-budget tests do). A request
 * above {@value #WARN_ABOVE} statements is logged, as it is the kind of page that gets slower with
 * every municipality added.
 */
@WebListener
public class RequestCosts implements ServletRequestListener {

  static final int KEPT = 512;
  static final int WARN_ABOVE = 60;
  private static final Logger LOG = Logger.getLogger(RequestCosts.class.getName());
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /**
   * One finished request: its id, method, path (without the query), statements and duration; for a
   * request that carried an id, also which statements (SQL with placeholders) and how often.
   */
  public record Entry(
      String id,
      String method,
      String path,
      int sqlStatements,
      long micros,
      Instant at,
      Map<String, Integer> statements) {}

  private static final Entry[] RING = new Entry[KEPT];
  private static long written;

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    RequestCost.begin(requestId(event.getServletRequest()) != null);
  }

  private static String requestId(ServletRequest request) {
    String header =
        request instanceof HttpServletRequest http ? http.getHeader("X-Request-Id") : null;
    return header != null && SAFE_ID.matcher(header).matches() ? header : null;
  }

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    RequestCost cost = RequestCost.end();
    if (cost == null || !(event.getServletRequest() instanceof HttpServletRequest request)) {
      return;
    }
    String id = requestId(request);
    Entry entry =
        new Entry(
            id,
            request.getMethod(),
            request.getRequestURI(),
            cost.statements(),
            cost.elapsedMicros(),
            Instant.now(),
            cost.shapes());
    synchronized (RING) {
      RING[(int) (written++ % KEPT)] = entry;
    }
    if (entry.sqlStatements() > WARN_ABOVE) {
      LOG.info(
          () ->
              entry.method()
                  + " "
                  + entry.path()
                  + " sent "
                  + entry.sqlStatements()
                  + " SQL statements");
    }
  }

  /** The kept requests, newest first. */
  public static List<Entry> recent() {
    List<Entry> list = new ArrayList<>(KEPT);
    synchronized (RING) {
      for (long i = written - 1; i >= 0 && i >= written - KEPT; i--) {
        list.add(RING[(int) (i % KEPT)]);
      }
    }
    return list;
  }

  /** The kept request that carried this {@code X-Request-Id}, if it is still kept. */
  public static Optional<Entry> byId(String id) {
    return recent().stream().filter(e -> id.equals(e.id())).findFirst();
  }

  /** The {@code limit} kept requests with the most statements. */
  public static List<Entry> heaviest(int limit) {
    return recent().stream()
        .sorted(Comparator.comparingInt(Entry::sqlStatements).reversed())
        .limit(limit)
        .toList();
  }
}
