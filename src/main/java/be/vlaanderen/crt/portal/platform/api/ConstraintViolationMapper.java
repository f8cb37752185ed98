package be.vlaanderen.crt.portal.platform.api;

import be.vlaanderen.crt.portal.platform.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Bean Validation's refusal of a request body: 400 {@code INVALID_INPUT} with every reason at once,
 * in the person's language. A constraint's message template is a key of the portal's messages with
 * its arguments ({@code kpi.nameTooLong|120}), so the API says exactly what the service would have
 * said, only all of it.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Locale locale =
        headers == null ? Messages.DUTCH : Messages.choose(headers.getAcceptableLanguages());
    String message =
        exception.getConstraintViolations().stream()
            .sorted(Comparator.comparing(v -> String.valueOf(v.getPropertyPath())))
            .map(v -> reason(v, locale))
            .distinct()
            .collect(Collectors.joining(" "));
    return Response.status(400)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError("INVALID_INPUT", message))
        .build();
  }

  /**
   * A violation's message: its template is a key of the portal's messages, optionally followed by
   * arguments after {@code |} (numbers stay numbers, so they are written in the person's way).
   */
  private static String reason(ConstraintViolation<?> violation, Locale locale) {
    String[] parts = violation.getMessageTemplate().split("\\|", -1);
    if (!Messages.has(locale, parts[0])) {
      return violation.getPropertyPath() + ": " + violation.getMessage();
    }
    Object[] arguments = new Object[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      arguments[i - 1] = parts[i].matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(parts[i]) : parts[i];
    }
    return Messages.get(locale, parts[0], arguments);
  }
}
