package be.vlaanderen.crt.portal.platform.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed at commit ({@link TransactionalException}, e.g. a deadlock found while
 * committing) answered like any other failure, in JSON. Without it Jersey's own mapper for this
 * type takes the call, throws, and the client gets the container's HTML error page.
 */
@Provider
@Priority(1)
public class TransactionalFailureMapper implements ExceptionMapper<TransactionalException> {

  @Context HttpHeaders headers;

  @Context Request request;

  @Override
  public Response toResponse(TransactionalException exception) {
    ApiExceptionMapper mapper = new ApiExceptionMapper();
    mapper.headers = headers;
    mapper.request = request;
    return mapper.toResponse(exception);
  }
}
