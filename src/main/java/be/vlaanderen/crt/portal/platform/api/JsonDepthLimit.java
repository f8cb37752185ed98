package be.vlaanderen.crt.portal.platform.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Refuses JSON nested deeper than {@value #MAX_DEPTH} levels with 400 before a parser sees it: no
 * request of the portal needs more, and very deep nesting makes recursive parsers run out of stack.
 * The body is already bounded by {@link RequestBodyLimitFilter}, so reading it here is cheap.
 */
@Provider
public class JsonDepthLimit implements ReaderInterceptor {

  static final int MAX_DEPTH = 64;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null
        || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (depth(body) > MAX_DEPTH) {
      throw new InvalidInputException("error.jsonTooDeep", MAX_DEPTH);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** The deepest nesting of arrays and objects, strings skipped. */
  static int depth(byte[] json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return deepest;
  }
}
