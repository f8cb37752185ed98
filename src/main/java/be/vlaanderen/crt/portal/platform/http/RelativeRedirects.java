package be.vlaanderen.crt.portal.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;

/**
 * Redirects name a path, never a host. The container turns {@code sendRedirect("/x")} into {@code
 * http://<Host header>/x}, so a request with {@code Host: evil.example} got a redirect to that site
 * (and a cache in between could keep it). A relative {@code Location} (RFC 9110) is resolved by the
 * browser against the address it used, which is always right, also behind a proxy.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RelativeRedirects extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new Wrapper(request, response));
  }

  /**
   * The path-absolute form of a redirect target: an absolute URL loses its scheme and host (only
   * paths of this portal are ever redirected to), a relative one is resolved against the request.
   * Control characters are dropped so nothing can be smuggled into the header.
   */
  static String pathOf(String location, String requestUri) {
    String clean = location.replaceAll("[\\x00-\\x1f\\x7f]", "");
    URI target;
    try {
      target = URI.create(requestUri).resolve(clean.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return "/";
    }
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    if (!path.startsWith("/") || path.startsWith("//")) {
      path = "/";
    }
    return path
        + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
        + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
  }

  /** Sends the redirect itself, relative: also used where no filter runs (authentication). */
  public static void send(HttpServletResponse response, String path) {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", pathOf(path, "/"));
    try {
      response.flushBuffer(); // committed, as sendRedirect would: nothing after may change it
    } catch (java.io.IOException e) {
      // the client went away
    }
  }

  /**
   * A redirect to another site the portal trusts by configuration (the identity provider's login
   * and logout endpoints, read from its metadata), never to an address taken from the request.
   */
  public static void sendToProvider(HttpServletResponse response, java.net.URI location) {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", location.toASCIIString());
    try {
      response.flushBuffer();
    } catch (java.io.IOException e) {
      // the client went away
    }
  }

  private static final class Wrapper extends HttpServletResponseWrapper {
    private final HttpServletRequest request;

    Wrapper(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("Response already committed");
      }
      resetBuffer();
      setStatus(SC_FOUND);
      setHeader("Location", pathOf(location, request.getRequestURI()));
      flushBuffer();
    }
  }
}
