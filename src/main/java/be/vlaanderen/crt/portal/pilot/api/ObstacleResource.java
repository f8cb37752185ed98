package be.vlaanderen.crt.portal.pilot.api;

import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.pilot.register.ObstacleReports;
import be.vlaanderen.crt.portal.pilot.register.PilotRegister;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/pilot/obstacles}: the register of questions, obstacles and feature requests. */
@Path("pilot/obstacles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ObstacleResource {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject CurrentUser currentUser;

  @Inject PilotRegister register;

  @PersistenceContext EntityManager em;

  @Context HttpHeaders headers;

  @Context UriInfo uri;

  /** An answer with the new status (OPEN, ANSWERED, CLOSED). */
  public record Answer(String answer, String status) {}

  @GET
  @Operation(summary = "De zichtbare vragen en knelpunten; ?municipality=id voor één gemeente")
  public List<PilotRegister.ObstacleView> list(@QueryParam("municipality") Long municipality) {
    return register.obstacles(currentUser.account(), municipality);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een vraag, knelpunt of functievraag registreren")
  public Response raise(PilotRegister.ObstacleInput in) {
    long id = register.raise(currentUser.account(), in);
    return Created.at(uri, Map.of("id", id), "pilot/obstacles/{id}", id);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Eén vraag of knelpunt met het antwoord")
  public PilotRegister.ObstacleView one(@PathParam("id") long id) {
    return register.obstacles(currentUser.account(), null).stream()
        .filter(o -> o.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("No such obstacle"));
  }

  @PUT
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Antwoorden en de status zetten (analist, coördinator)")
  public Response answer(@PathParam("id") long id, Answer in) {
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    register.answer(currentUser.account(), id, in.answer(), in.status());
    return Response.noContent().build();
  }

  @GET
  @Path("report/{municipality}")
  @Produces({DOCX, "application/pdf"})
  @Operation(
      summary = "Het verslag voor de toepassingsbeheerder van één gemeente (?format=docx of pdf)")
  public Response report(
      @PathParam("municipality") long municipalityId, @QueryParam("format") String format) {
    List<PilotRegister.ObstacleView> items =
        register.obstacles(currentUser.account(), municipalityId);
    Municipality m = em.find(Municipality.class, municipalityId);
    if (m == null) {
      throw new NotVisibleException("Municipality " + municipalityId);
    }
    Locale locale = Messages.choose(headers.getAcceptableLanguages());
    boolean pdf = "pdf".equalsIgnoreCase(format);
    byte[] body =
        pdf
            ? ObstacleReports.pdf(m.getName(), items, locale)
            : ObstacleReports.docx(m.getName(), items, locale);
    String name = "knelpunten-" + slug(m.getName()) + (pdf ? ".pdf" : ".docx");
    return Response.ok(body, pdf ? "application/pdf" : DOCX)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  @GET
  @Path("export")
  @Produces(XLSX)
  @Operation(
      summary = "Alle vragen en knelpunten van de pilot als werkmap (coördinator, stuurgroep)")
  public Response export() {
    byte[] body =
        ObstacleReports.xlsx(
            register.allObstacles(currentUser.account()),
            Messages.choose(headers.getAcceptableLanguages()));
    return Response.ok(body, XLSX)
        .header("Content-Disposition", "attachment; filename=\"knelpunten-pilot.xlsx\"")
        .build();
  }

  static String slug(String name) {
    String s =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "gemeente" : s;
  }
}
