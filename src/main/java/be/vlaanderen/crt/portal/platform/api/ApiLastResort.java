package be.vlaanderen.crt.portal.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API answers JSON even when everything else failed: what escapes JAX-RS and its exception
 * mapper (an {@link Error} such as {@link OutOfMemoryError}, a failure in a filter) would otherwise
 * become the container's HTML error page. Out of memory is answered 503 with {@code Retry-After}
 * (the request may well succeed in a moment); anything else 500.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiLastResort extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ApiLastResort.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (Throwable failure) {
      answer(request, response, failure);
    }
  }

  static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
      throws IOException {
    boolean memory = causedBy(failure, OutOfMemoryError.class);
    LOG.log(
        Level.SEVERE,
        failure,
        () -> "Unhandled failure on " + request.getMethod() + " " + request.getRequestURI());
    if (response.isCommitted()) {
      return; // part of an answer is on its way: nothing consistent can be said any more
    }
    response.reset();
    if (memory) {
      response.setHeader("Retry-After", "30");
      JsonErrors.write(
          response,
          503,
          "SERVER_BUSY",
          "De server heeft even geen geheugen vrij voor dit verzoek. Probeer het over een halve minuut opnieuw.");
    } else {
      JsonErrors.write(
          response,
          500,
          "INTERNAL_ERROR",
          "Er ging iets mis op de server. Het is gelogd; probeer het later opnieuw.");
    }
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
