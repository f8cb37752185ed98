package be.vlaanderen.crt.portal.platform.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes the API's error body ({@code {"error", "message"}}) straight to a servlet response, for
 * the answers given before JAX-RS runs (authentication, filters); {@link ApiExceptionMapper} gives
 * the same shape for the rest.
 */
public final class JsonErrors {

  private JsonErrors() {}

  public static void write(HttpServletResponse response, int status, String code, String message) {
    try {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("error", code)
                  .add("message", message)
                  .build()
                  .toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
