package be.vlaanderen.crt.portal.kpi.api;

import be.vlaanderen.crt.portal.kpi.KpiCatalogue;
import be.vlaanderen.crt.portal.kpi.Measure;
import be.vlaanderen.crt.portal.platform.ProgrammeTime;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/kpis}: the KPIs the steering committee decided (coordinator and steering committee),
 * their figures as of a date and the figures per municipality.
 */
@Path("kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

  @Inject CurrentUser currentUser;

  @Inject KpiCatalogue catalogue;

  @Context UriInfo uri;

  /** A measure a KPI can be defined on. */
  public record MeasureView(
      String code, Measure.Scope scope, Measure.Aggregation aggregation, boolean score) {}

  @GET
  @Operation(summary = "De KPI's: naam, maatstaf, streefwaarde, aan of uit, in hun volgorde")
  public List<KpiCatalogue.Kpi> kpis() {
    return catalogue.kpis(currentUser.account());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Eén KPI")
  public KpiCatalogue.Kpi kpi(@PathParam("id") long id) {
    return catalogue.kpi(currentUser.account(), id);
  }

  @GET
  @Path("measures")
  @Operation(summary = "De maatstaven waarop een KPI kan steunen, met hun bereik en optelling")
  public List<MeasureView> measures() {
    KpiCatalogue.requireReader(currentUser.account());
    return Arrays.stream(Measure.values())
        .map(m -> new MeasureView(m.name(), m.scope(), m.aggregation(), m.score()))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Een KPI toevoegen: naam, maatstaf (zie /api/kpis/measures), streefwaarde, aan of uit")
  @APIResponse(
      responseCode = "201",
      description = "Toegevoegd",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = KpiCatalogue.Kpi.class)))
  public Response add(@jakarta.validation.Valid KpiCatalogue.KpiInput in) {
    KpiCatalogue.Kpi kpi = catalogue.add(currentUser.account(), in);
    return Created.at(uri, kpi, "kpis/{id}", kpi.id());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Een KPI hernoemen, zijn streefwaarde wijzigen of hem aan- of uitzetten (met de gelezen rowVersion; 409 als iemand hem intussen wijzigde)")
  public KpiCatalogue.Kpi change(@PathParam("id") long id, KpiCatalogue.KpiInput in) {
    return catalogue.change(currentUser.account(), id, in);
  }

  @GET
  @Path("report")
  @Operation(
      summary =
          "De cijfers van alle KPI's op een datum (?date=jjjj-mm-dd, standaard vandaag), de actieve eerst, met de waarde per bestuur")
  public KpiCatalogue.Report report(@QueryParam("date") String date) {
    return catalogue.report(currentUser.account(), ProgrammeTime.reportDay(date));
  }

  @GET
  @Path("municipalities")
  @Operation(
      summary =
          "De waarden van de actieve KPI's per individueel bestuur op een datum (?date=jjjj-mm-dd), alfabetisch")
  public List<KpiCatalogue.MunicipalityFigures> perMunicipality(@QueryParam("date") String date) {
    return catalogue.report(currentUser.account(), ProgrammeTime.reportDay(date)).municipalities();
  }
}
