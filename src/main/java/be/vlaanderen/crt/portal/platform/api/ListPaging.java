package be.vlaanderen.crt.portal.platform.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * Every list the API answers is paged the same way: {@code ?limit=} (1–1000, default 100) and
 * {@code ?offset=} (from 0), the whole count in {@code X-Total-Count}, and the neighbouring pages
 * in a {@code Link} header ({@code rel="next"}, {@code rel="prev"}). The body stays the JSON array
 * of the page, so a client that never asks for more than 100 items sees no difference.
 *
 * <p>The lists are cut here, after the service built them with its access rules, so no endpoint can
 * forget it; the OpenAPI document declares the two parameters and the header on every list
 * operation.
 */
@Provider
public class ListPaging implements ContainerRequestFilter, ContainerResponseFilter {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;
  public static final String TOTAL = "X-Total-Count";

  @Override
  public void filter(ContainerRequestContext request) {
    if (!reads(request)) {
      return;
    }
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    number(query.getFirst("limit"), 1, MAX_LIMIT);
    number(query.getFirst("offset"), 0, Integer.MAX_VALUE);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!reads(request)
        || response.getStatus() != 200
        || !(response.getEntity() instanceof List<?> list)) {
      return;
    }
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    int limit = orDefault(query.getFirst("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = orDefault(query.getFirst("offset"), 0, 0, Integer.MAX_VALUE);
    int total = list.size();
    int from = Math.min(offset, total);
    int to = (int) Math.min((long) from + limit, total);
    response.setEntity(
        new ArrayList<>(list.subList(from, to)),
        response.getEntityAnnotations(),
        response.getMediaType());
    response.getHeaders().putSingle(TOTAL, total);
    List<String> links = new ArrayList<>();
    UriBuilder self = request.getUriInfo().getRequestUriBuilder();
    if (to < total) {
      links.add(link(self.clone(), limit, to, "next"));
    }
    if (from > 0) {
      links.add(link(self.clone(), limit, Math.max(0, from - limit), "prev"));
    }
    if (!links.isEmpty()) {
      response.getHeaders().putSingle("Link", String.join(", ", links));
    }
  }

  private static boolean reads(ContainerRequestContext request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private static String link(UriBuilder uri, int limit, int offset, String rel) {
    return "<"
        + uri.replaceQueryParam("limit", limit).replaceQueryParam("offset", offset).build()
        + ">; rel=\""
        + rel
        + "\"";
  }

  private static int orDefault(String value, int fallback, int min, int max) {
    Integer n = number(value, min, max);
    return n == null ? fallback : n;
  }

  private static Integer number(String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidInputException("api.paging", String.valueOf(MAX_LIMIT));
  }
}
