package be.vlaanderen.crt.portal.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * The API is for scripts and integrating systems, not for pages of other sites: a request that
 * changes something and that a browser marks as coming from another site ({@code Sec-Fetch-Site:
 * cross-site} or {@code same-site}, or an {@code Origin} that is not the portal's own) is refused
 * with 403, whatever credentials the browser sent along. Scripts (curl, integrations) send neither
 * header and are not affected.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CrossSiteApiFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!SAFE.contains(request.getMethod()) && fromAnotherSite(request)) {
      JsonErrors.write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "CROSS_SITE",
          "Een andere website mag het portaal niet aanspreken. Er is niets gewijzigd.");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean fromAnotherSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      return false;
    }
    if (origin.equals("null")) {
      return true;
    }
    try {
      URI from = URI.create(origin.strip());
      String host = request.getHeader("Host");
      return host == null
          || from.getAuthority() == null
          || !from.getAuthority().equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
