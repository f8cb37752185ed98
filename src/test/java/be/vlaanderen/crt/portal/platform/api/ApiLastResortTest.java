package be.vlaanderen.crt.portal.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiLastResortTest {

  /** A response that records status, headers and body. */
  private static final class Recorded {
    int status = 200;
    final Map<String, String> headers = new HashMap<>();
    final StringWriter body = new StringWriter();
    String contentType;

    HttpServletResponse response() {
      PrintWriter writer = new PrintWriter(body);
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setStatus" -> status = (int) args[0];
                  case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                  case "setContentType" -> contentType = (String) args[0];
                  case "getWriter" -> {
                    return writer;
                  }
                  case "isCommitted" -> {
                    return false;
                  }
                  case "reset" -> {
                    headers.clear();
                    body.getBuffer().setLength(0);
                  }
                  default -> {}
                }
                return null;
              });
    }
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ApiLastResortTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMethod" -> "POST";
                  case "getRequestURI" -> "/api/lessons";
                  default -> null;
                });
  }

  @Test
  void runningOutOfMemoryIsAnsweredInJsonWithATimeToComeBack() throws Exception {
    Recorded recorded = new Recorded();
    new ApiLastResort()
        .doFilter(
            request(),
            recorded.response(),
            (rq, rs) -> {
              throw new ServletException(new OutOfMemoryError("Java heap space"));
            });
    assertEquals(503, recorded.status);
    assertEquals("30", recorded.headers.get("Retry-After"));
    assertEquals("application/json", recorded.contentType);
    assertTrue(recorded.body.toString().contains("\"SERVER_BUSY\""), recorded.body.toString());
  }

  @Test
  void anyOtherEscapedFailureIsA500InJson() throws Exception {
    Recorded recorded = new Recorded();
    new ApiLastResort()
        .doFilter(
            request(),
            recorded.response(),
            (rq, rs) -> {
              throw new StackOverflowError();
            });
    assertEquals(500, recorded.status);
    assertTrue(recorded.body.toString().contains("\"INTERNAL_ERROR\""), recorded.body.toString());
  }
}
