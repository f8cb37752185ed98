package be.vlaanderen.crt.portal.platform.api;

import be.vlaanderen.crt.portal.platform.ConstraintMessages;
import be.vlaanderen.crt.portal.platform.Messages;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Bean Validation's refusal of a request body: 400 {@code INVALID_INPUT} with every reason at once,
 * in the person's language ({@link ConstraintMessages}), so the API says exactly what the service
 * would have said, only all of it.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Locale locale =
        headers == null ? Messages.DUTCH : Messages.choose(headers.getAcceptableLanguages());
    String message = String.join(" ", ConstraintMessages.reasons(exception, locale));
    return Response.status(400)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError("INVALID_INPUT", message))
        .build();
  }
}
