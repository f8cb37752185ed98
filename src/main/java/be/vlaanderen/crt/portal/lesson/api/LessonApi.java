package be.vlaanderen.crt.portal.lesson.api;

import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.lesson.LessonService;
import be.vlaanderen.crt.portal.lesson.LessonService.Draft;
import be.vlaanderen.crt.portal.lesson.LessonService.Saved;
import be.vlaanderen.crt.portal.lesson.LessonStatus;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/lessons}: writing lessons learned and moving them through their lifecycle (CRT). */
@Path("lessons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LessonApi {

  @Inject CurrentUser currentUser;

  @Inject LessonService lessons;

  @jakarta.ws.rs.core.Context UriInfo uri;

  /** A lesson as the authors see it. */
  public record LessonView(
      long id,
      String title,
      String summary,
      String body,
      List<String> themes,
      String status,
      int version,
      String source,
      Instant updatedAt,
      List<Long> resources,
      List<String> municipalityNames) {

    static LessonView of(Lesson l, List<String> names) {
      return new LessonView(
          l.getId(),
          l.getTitle(),
          l.getSummary(),
          l.getBody(),
          l.themeList(),
          l.getStatus().name(),
          l.getVersion(),
          l.getSourceLabel(),
          l.getUpdatedAt() == null ? l.getCreatedAt() : l.getUpdatedAt(),
          l.relatedResourceIds(),
          names);
    }
  }

  @GET
  @Operation(summary = "Alle lessen, met hun status")
  public List<LessonView> all() {
    return lessons.all(currentUser.account()).stream()
        .map(l -> LessonView.of(l, List.of()))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Een les met haar status en versie")
  public LessonView one(@PathParam("id") long id) {
    return LessonView.of(lessons.lesson(currentUser.account(), id), List.of());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een les als ontwerp schrijven (waarschuwt voor gemeentenamen)")
  public Response create(Draft draft) {
    Saved saved = lessons.create(currentUser.account(), draft, null);
    return Created.at(
        uri,
        LessonView.of(saved.lesson(), saved.municipalityNames()),
        "lessons/{id}",
        saved.lesson().getId());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een les aanpassen: een nieuwe versie")
  public LessonView edit(@PathParam("id") long id, Draft draft) {
    Saved saved = lessons.edit(currentUser.account(), id, draft);
    return LessonView.of(saved.lesson(), saved.municipalityNames());
  }

  /** The next status. */
  public record Move(String status) {}

  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Goedkeuren, publiceren of terugtrekken (coördinator)")
  public LessonView move(@PathParam("id") long id, Move move) {
    LessonStatus next;
    try {
      next = LessonStatus.valueOf(move == null ? "" : String.valueOf(move.status()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("lesson.invalid.status");
    }
    return LessonView.of(lessons.move(currentUser.account(), id, next), List.of());
  }
}
