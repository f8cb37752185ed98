package be.vlaanderen.crt.portal.platform.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds what is read. Files (multipart) only with a declared length, only after login on pages, at
 * most the upload limit plus room for the envelope; on the API a JSON (or any non-multipart) body
 * of at most {@code crt.api.max-body-bytes} (1 MB), a multipart upload of at most the upload limit
 * plus room for its envelope. A declared length above the bound is refused with 413 before anything
 * is read; a body without a declared length (chunked) is counted as it streams and reading stops at
 * the bound.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestBodyLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Room for the multipart boundaries and headers around an uploaded file. */
  public static final long MULTIPART_OVERHEAD = 64 * 1024;

  @Inject
  @ConfigProperty(name = "crt.api.max-body-bytes", defaultValue = "1048576")
  long maxBody;

  @Inject
  @ConfigProperty(name = "crt.upload.max-bytes")
  long maxUpload;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType() == null ? "" : request.getContentType();
    boolean multipart = type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    boolean api = isApi(request);
    if (!multipart && !api) {
      chain.doFilter(request, response); // page forms: the container's max-post-size applies
      return;
    }
    long limit = multipart ? maxUpload + MULTIPART_OVERHEAD : maxBody;
    if (multipart && request.getContentLengthLong() < 0) {
      // The container parses multipart bodies itself, to a temporary file, before anyone could
      // count them: a file is only taken with its length declared (every browser and curl does).
      refuse(
          request,
          response,
          411,
          "LENGTH_REQUIRED",
          "Een bestand wordt alleen aanvaard met een opgegeven lengte (Content-Length). Er is niets gelezen of opgeslagen.");
      return;
    }
    if (multipart && !api && request.getUserPrincipal() == null) {
      // No public page takes a file: an upload without a login is not even read.
      refuse(
          request,
          response,
          403,
          "UPLOAD_NEEDS_LOGIN",
          "Bestanden opladen kan alleen na aanmelden. Er is niets gelezen of opgeslagen.");
      return;
    }
    if (request.getContentLengthLong() > limit) {
      refuse(
          request,
          response,
          413,
          "BODY_TOO_LARGE",
          "Het verzoek is te groot (de grens is "
              + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit + " bytes")
              + "). Er is niets gelezen of opgeslagen.");
      return;
    }
    if (multipart || request.getContentLengthLong() >= 0) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new Bounded(request, limit), response);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  /** JSON on the API, a short text on pages; the connection is closed (the body stays unread). */
  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      String message)
      throws IOException {
    response.setHeader("Connection", "close");
    if (isApi(request)) {
      JsonErrors.write(response, status, code, message);
      return;
    }
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(message + "\n");
  }

  /** A request whose body stops being read past the limit. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  count(1);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                  count(n);
                }
                return n;
              }

              private void count(int n) throws IOException {
                read += n;
                if (read > limit) {
                  throw new BodyTooLargeException(limit);
                }
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
