package be.vlaanderen.crt.portal.platform.http;

import be.vlaanderen.crt.portal.platform.api.JsonErrors;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code crt.http.anonymous-concurrency} requests without a login in progress at once per
 * client address; more are answered 503 with {@code Retry-After} at once, without reading their
 * body. One client trickling request bodies over hundreds of connections (or flooding the public
 * toolkit) then holds a handful of the server's request threads instead of all of them.
 *
 * <p>Requests of logged-in users (page session or API credentials, known before any filter runs)
 * are not counted: a whole town hall behind one address must keep working. Attacks spread over many
 * addresses are the reverse proxy's to buffer and rate-limit (see docs/operations.md).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AnonymousRequestLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AnonymousRequestLimit.class.getName());

  @Inject ClientAddresses addresses;

  @Inject
  @ConfigProperty(name = "crt.http.anonymous-concurrency", defaultValue = "16")
  int limit;

  private static final ConcurrentMap<String, Integer> inProgress = new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, Long> refused = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicLong refusedTotal =
      new java.util.concurrent.atomic.AtomicLong();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null
        || request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
      chain.doFilter(request, response);
      return;
    }
    String address = addresses.of(request);
    int now = inProgress.merge(address, 1, Integer::sum);
    try {
      if (now > limit) {
        refuse(address, request, response);
        return;
      }
      chain.doFilter(request, response);
    } finally {
      inProgress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }
  }

  /** How many requests without a login are in progress, over all addresses (for health). */
  static int anonymousInProgress() {
    return inProgress.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** How many requests were refused since the start. */
  static long refusedSinceStart() {
    return refusedTotal.get();
  }

  private void refuse(String address, HttpServletRequest request, HttpServletResponse response) {
    refusedTotal.incrementAndGet();
    long count = refused.merge(address, 1L, Long::sum);
    if (count == 1 || Long.bitCount(count) == 1 && count >= 64) {
      LOG.warning(
          () ->
              "More than "
                  + limit
                  + " requests without login at once from "
                  + address
                  + ": refused with 503 ("
                  + count
                  + " so far)");
    }
    if (refused.size() > 10_000) {
      refused.clear();
    }
    response.setHeader("Retry-After", "5");
    response.setHeader("Connection", "close");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      JsonErrors.write(
          response,
          503,
          "TOO_MANY_REQUESTS_AT_ONCE",
          "Te veel gelijktijdige verzoeken van uw adres. Probeer het over enkele seconden opnieuw.");
      return;
    }
    response.setStatus(503);
    response.setContentType("text/plain;charset=UTF-8");
    try {
      response
          .getWriter()
          .write(
              "Te veel gelijktijdige verzoeken van uw adres. Probeer het over enkele seconden opnieuw.\n"
                  + "Too many simultaneous requests from your address. Please try again in a few seconds.\n");
    } catch (IOException e) {
      // The client went away.
    }
  }
}
