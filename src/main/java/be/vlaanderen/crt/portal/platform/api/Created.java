package be.vlaanderen.crt.portal.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A 201 answer that says where the new resource lives: {@code Location} is an absolute URL under
 * the API's base ({@code /api/}), built from a path template such as {@code "lessons/{id}"}.
 */
public final class Created {

  private Created() {}

  public static Response at(UriInfo uri, Object entity, String template, Object... values) {
    return Response.created(uri.getBaseUriBuilder().path(template).build(values))
        .entity(entity)
        .build();
  }
}
