package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.PreconditionFailedException;
import be.vlaanderen.crt.portal.platform.StaleWrites;
import be.vlaanderen.crt.portal.review.RemarkView;
import be.vlaanderen.crt.portal.review.RemarkView.ReplyView;
import be.vlaanderen.crt.portal.review.ReviewService;
import be.vlaanderen.crt.portal.review.api.WebAnnotations.Iris;
import be.vlaanderen.crt.portal.review.api.WebAnnotations.Parsed;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/submissions/{id}/annotations/}: the remarks the caller may see, as a W3C Web
 * Annotation container (https://www.w3.org/TR/annotation-protocol/): GET the collection (one page
 * of up to {@value #PAGE_SIZE} annotations embedded), POST an annotation to create a remark or a
 * reply, and GET, PUT, DELETE a single annotation. The permission rules are those of the pages.
 */
@Path("submissions/{id}/annotations")
@RequestScoped
public class AnnotationResource {

  static final int PAGE_SIZE = 100;
  private static final String ANNO = WebAnnotations.MEDIA_TYPE;

  @Inject CurrentUser currentUser;

  @Inject ReviewService review;

  @Context UriInfo uri;

  @GET
  @Produces({WebAnnotations.MEDIA_TYPE, "application/ld+json", "application/json"})
  @Operation(summary = "De opmerkingen als W3C Web Annotation-collectie (JSON-LD)")
  public Response collection(@PathParam("id") long submissionId, @QueryParam("page") Integer page) {
    Iris iris = iris(submissionId);
    List<JsonObject> items =
        WebAnnotations.items(review.remarks(currentUser.account(), submissionId, null), iris);
    int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (page != null) {
      if (page < 0 || page >= pages) {
        throw new NotVisibleException("Page " + page);
      }
      JsonObjectBuilder body = page(iris, items, page, pages, true);
      return container(Response.ok(body.build().toString(), ANNO), "Resource").build();
    }
    JsonObjectBuilder collection =
        Json.createObjectBuilder()
            .add("@context", WebAnnotations.context(iris).add("http://www.w3.org/ns/ldp.jsonld"))
            .add("id", iris.container())
            .add(
                "type", Json.createArrayBuilder().add("BasicContainer").add("AnnotationCollection"))
            .add("label", "Opmerkingen bij inzending " + submissionId)
            .add("total", items.size())
            .add("first", page(iris, items, 0, pages, false))
            .add("last", iris.container() + "?page=" + (pages - 1));
    return container(Response.ok(collection.build().toString(), ANNO), "BasicContainer")
        .header("Allow", "GET, POST, HEAD, OPTIONS")
        .header("Accept-Post", "application/ld+json, application/json")
        .build();
  }

  private static JsonObjectBuilder page(
      Iris iris, List<JsonObject> items, int page, int pages, boolean standalone) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    items.stream().skip((long) page * PAGE_SIZE).limit(PAGE_SIZE).forEach(array::add);
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (standalone) {
      body.add("@context", WebAnnotations.context(iris));
    }
    body.add("id", iris.container() + "?page=" + page)
        .add("type", "AnnotationPage")
        .add("startIndex", page * PAGE_SIZE);
    if (standalone) {
      body.add(
          "partOf",
          Json.createObjectBuilder()
              .add("id", iris.container())
              .add("total", items.size())
              .add("type", "AnnotationCollection"));
    }
    if (page + 1 < pages) {
      body.add("next", iris.container() + "?page=" + (page + 1));
    }
    if (page > 0) {
      body.add("prev", iris.container() + "?page=" + (page - 1));
    }
    return body.add("items", array);
  }

  @POST
  @Consumes({"application/ld+json", "application/json"})
  @Produces({WebAnnotations.MEDIA_TYPE, "application/ld+json", "application/json"})
  @Operation(summary = "Een opmerking (of een antwoord, motivation replying) toevoegen")
  public Response create(@PathParam("id") long submissionId, String json) {
    UserAccount account = currentUser.account();
    Iris iris = iris(submissionId);
    Parsed parsed = WebAnnotations.parse(read(json), iris);
    if (parsed.replyTo() != null) {
      ReplyView reply = review.reply(account, submissionId, parsed.replyTo(), parsed.replyText());
      JsonObject created = WebAnnotations.reply(reply, parsed.replyTo(), iris, true);
      return Response.created(URI.create(iris.reply(reply.id())))
          .entity(created.toString())
          .type(ANNO)
          .tag(replyTag(reply.id()))
          .build();
    }
    RemarkView remark = review.add(account, submissionId, parsed.remark());
    JsonObject created = WebAnnotations.remark(remark, iris, true);
    return Response.created(URI.create(iris.remark(remark.id())))
        .entity(created.toString())
        .type(ANNO)
        .tag(remarkTag(remark))
        .build();
  }

  @GET
  @Path("{annotation}")
  @Produces({WebAnnotations.MEDIA_TYPE, "application/ld+json", "application/json"})
  @Operation(summary = "Eén annotatie")
  public Response read(
      @PathParam("id") long submissionId, @PathParam("annotation") String annotation) {
    Found found = find(submissionId, annotation);
    return single(Response.ok(found.body().toString(), ANNO), found.tag(), annotation).build();
  }

  @PUT
  @Path("{annotation}")
  @Consumes({"application/ld+json", "application/json"})
  @Produces({WebAnnotations.MEDIA_TYPE, "application/ld+json", "application/json"})
  @Operation(summary = "Een opmerking aanpassen (soort, thema, zichtbaarheid, tekst)")
  public Response update(
      @PathParam("id") long submissionId,
      @PathParam("annotation") String annotation,
      @HeaderParam("If-Match") String ifMatch,
      String json) {
    long remarkId = remarkId(annotation);
    Iris iris = iris(submissionId);
    java.util.Set<Long> expected = expectedRevision(ifMatch, remarkId);
    Parsed parsed = WebAnnotations.parse(read(json), iris);
    if (parsed.remark() == null) {
      throw new InvalidInputException("annotation.invalid.motivation", "replying");
    }
    RemarkView updated;
    try {
      updated =
          review.update(currentUser.account(), submissionId, remarkId, parsed.remark(), expected);
    } catch (RuntimeException e) {
      if (ifMatch != null && StaleWrites.isStale(e)) {
        throw new PreconditionFailedException("Remark " + remarkId);
      }
      throw e;
    }
    JsonObject body = WebAnnotations.remark(updated, iris, true);
    return single(Response.ok(body.toString(), ANNO), remarkTag(updated), annotation).build();
  }

  @DELETE
  @Path("{annotation}")
  @Operation(summary = "Een conceptopmerking verwijderen")
  public Response delete(
      @PathParam("id") long submissionId,
      @PathParam("annotation") String annotation,
      @HeaderParam("If-Match") String ifMatch) {
    long remarkId = remarkId(annotation);
    java.util.Set<Long> expected = expectedRevision(ifMatch, remarkId);
    try {
      review.delete(currentUser.account(), submissionId, remarkId, expected);
    } catch (RuntimeException e) {
      if (ifMatch != null && StaleWrites.isStale(e)) {
        throw new PreconditionFailedException("Remark " + remarkId);
      }
      throw e;
    }
    return Response.noContent().build();
  }

  /** An annotation as JSON-LD with its entity tag. */
  private record Found(JsonObject body, jakarta.ws.rs.core.EntityTag tag) {}

  private Found find(long submissionId, String annotation) {
    Iris iris = iris(submissionId);
    UserAccount account = currentUser.account();
    if (annotation.startsWith(WebAnnotations.REPLY_PREFIX)) {
      String id = annotation.substring(WebAnnotations.REPLY_PREFIX.length());
      for (RemarkView r : review.remarks(account, submissionId, null)) {
        for (ReplyView reply : r.replies()) {
          if (String.valueOf(reply.id()).equals(id)) {
            return new Found(WebAnnotations.reply(reply, r.id(), iris, true), replyTag(reply.id()));
          }
        }
      }
      throw new NotVisibleException("Reply " + annotation);
    }
    RemarkView remark = review.remark(account, submissionId, remarkId(annotation));
    return new Found(WebAnnotations.remark(remark, iris, true), remarkTag(remark));
  }

  /** Replies are never changed or removed: only remarks answer PUT and DELETE. */
  private static long remarkId(String annotation) {
    if (annotation.startsWith(WebAnnotations.REPLY_PREFIX)) {
      throw new jakarta.ws.rs.NotAllowedException(
          "Replies are not changed", "GET", new String[] {"HEAD", "OPTIONS"});
    }
    if (!annotation.matches("\\d{1,18}")) {
      throw new NotVisibleException("Annotation " + annotation);
    }
    return Long.parseLong(annotation);
  }

  /** A remark's tag: its id and revision (its optimistic-lock version, raised by every change). */
  private static jakarta.ws.rs.core.EntityTag remarkTag(RemarkView remark) {
    return new jakarta.ws.rs.core.EntityTag("r" + remark.id() + "." + remark.revision());
  }

  /** A reply's tag: its id (replies never change). */
  private static jakarta.ws.rs.core.EntityTag replyTag(long replyId) {
    return new jakarta.ws.rs.core.EntityTag("a" + replyId);
  }

  /**
   * The revisions an {@code If-Match} header accepts: null without the header or for {@code *}; the
   * revisions of this remark's tags in the list (weak tags never match: strong comparison); empty,
   * so nothing matches (412), when none is this remark's. The service still checks visibility
   * first, so someone who may not see the remark gets 404, not 412.
   */
  static java.util.Set<Long> expectedRevision(String ifMatch, long remarkId) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    java.util.Set<Long> revisions = new java.util.HashSet<>();
    String prefix = "r" + remarkId + ".";
    for (String part : ifMatch.split(",")) {
      String tag = part.strip();
      if (tag.startsWith("W/")) {
        continue;
      }
      tag = tag.replace("\"", "");
      if (tag.startsWith(prefix) && tag.substring(prefix.length()).matches("\\d{1,18}")) {
        revisions.add(Long.parseLong(tag.substring(prefix.length())));
      }
    }
    return revisions;
  }

  private static Response.ResponseBuilder container(Response.ResponseBuilder builder, String type) {
    return builder
        .header("Link", "<http://www.w3.org/ns/ldp#" + type + ">; rel=\"type\"")
        .header(
            "Link",
            "<http://www.w3.org/TR/annotation-protocol/>; rel=\"http://www.w3.org/ns/ldp#constrainedBy\"")
        .header("Vary", "Accept");
  }

  private static Response.ResponseBuilder single(
      Response.ResponseBuilder builder, jakarta.ws.rs.core.EntityTag tag, String annotation) {
    return builder
        .tag(tag)
        .header("Link", "<http://www.w3.org/ns/ldp#Resource>; rel=\"type\"")
        .header(
            "Allow",
            annotation.startsWith(WebAnnotations.REPLY_PREFIX)
                ? "GET, HEAD, OPTIONS"
                : "GET, PUT, DELETE, HEAD, OPTIONS")
        .header("Vary", "Accept");
  }

  private static JsonObject read(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidInputException("error.invalidJson");
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonParsingException e) {
      throw new InvalidInputException("error.invalidJson");
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidInputException("error.invalidJson");
    }
  }

  private Iris iris(long submissionId) {
    return new Iris(uri.getBaseUri(), submissionId);
  }
}
