package be.vlaanderen.crt.portal.platform.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into the status it deserves and a JSON body a person can read.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Context Request request;

  @Override
  public Response toResponse(Exception exception) {
    Locale locale =
        headers == null ? Messages.DUTCH : Messages.choose(headers.getAcceptableLanguages());
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException) {
        return error(413, "BODY_TOO_LARGE", Messages.get(locale, "error.bodyTooLarge"));
      }
    }
    if (exception instanceof be.vlaanderen.crt.portal.platform.PreconditionFailedException) {
      return error(412, "PRECONDITION_FAILED", Messages.get(locale, "error.changedMeanwhile"));
    }
    if (be.vlaanderen.crt.portal.platform.StaleWrites.isStale(exception)) {
      return error(409, "CHANGED_MEANWHILE", Messages.get(locale, "error.changedMeanwhile"));
    }
    if (exception instanceof ProcessingException || exception instanceof JsonbException) {
      return error(400, "INVALID_JSON", Messages.get(locale, "error.invalidJson"));
    }
    if (exception instanceof be.vlaanderen.crt.portal.platform.ConflictException conflict) {
      return error(409, "CONFLICT", conflict.message(locale));
    }
    if (exception instanceof InvalidInputException invalid) {
      return error(400, "INVALID_INPUT", invalid.message(locale));
    }
    if (exception instanceof NotVisibleException) {
      return error(404, "NOT_FOUND", Messages.get(locale, "error.notFound"));
    }
    if (exception instanceof NotPermittedException) {
      return error(403, "FORBIDDEN", Messages.get(locale, "error.forbidden"));
    }
    if (be.vlaanderen.crt.portal.platform.DeadlockRetry.isLockConflict(exception)) {
      // Still conflicting after the service ran it again several times: busy, not broken.
      LOG.log(Level.WARNING, "Lock conflict after retries", exception);
      return Response.fromResponse(error(503, "BUSY", Messages.get(locale, "error.busy")))
          .header("Retry-After", "2")
          .build();
    }
    // A feature's refusal (an upload refused, a version not recorded) says its own status and code.
    if (exception instanceof be.vlaanderen.crt.portal.platform.PortalException refused) {
      if (refused.logLevel() != null) {
        LOG.log(refused.logLevel(), refused.code(), exception);
      }
      return error(
          refused.status(),
          refused.code(),
          "GET".equals(request.getMethod())
              ? refused.messageWhenReading(locale)
              : refused.message(locale));
    }
    if (exception instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      String code =
          switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
          };
      String key = "error.http." + status;
      return error(
          status,
          code,
          Messages.has(locale, key)
              ? Messages.get(locale, key)
              : Messages.get(locale, "error.http.other", status));
    }
    LOG.log(Level.SEVERE, "Unexpected failure of an API call", exception);
    return error(500, "INTERNAL_ERROR", Messages.get(locale, "error.internal"));
  }

  private static Response error(int status, String code, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(code, message))
        .build();
  }
}
