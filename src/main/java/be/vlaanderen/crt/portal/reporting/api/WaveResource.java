package be.vlaanderen.crt.portal.reporting.api;

import be.vlaanderen.crt.portal.documents.DownloadHeaders;
import be.vlaanderen.crt.portal.organisation.Province;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.programme.Waves.WaveSummary;
import be.vlaanderen.crt.portal.reporting.ProgressExport;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix;
import be.vlaanderen.crt.portal.reporting.ProgressService;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/waves}: the waves and their progress matrix (JSON, or XLSX when asked for). */
@Path("waves")
@RequestScoped
public class WaveResource {

  @Inject CurrentUser currentUser;

  @Inject ProgressService progress;

  @Inject be.vlaanderen.crt.portal.programme.Waves waveList;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "De trajecten met het aantal deelnemende gemeenten")
  public List<WaveSummary> waves() {
    return waveList.list(currentUser.account());
  }

  @GET
  @Path("{id}/progress")
  // qs: JSON unless the client asks for the workbook by name (a bare Accept: */* gets JSON)
  @Produces("application/json; qs=1")
  @Operation(
      summary =
          "De voortgangsmatrix van een traject: gemeenten × zelfevaluatie, BIA, BCP, BCP-update")
  public ProgressMatrix matrix(
      @PathParam("id") long waveId, @QueryParam("province") String province) {
    return progress.matrix(currentUser.account(), waveId, province(province));
  }

  @GET
  @Path("{id}/progress")
  @Produces(ProgressExport.MEDIA_TYPE + "; qs=0.5")
  @Operation(summary = "De voortgangsmatrix als Excel-bestand (Accept: XLSX-mediatype)")
  public Response workbook(
      @PathParam("id") long waveId,
      @QueryParam("province") String province,
      @Context HttpHeaders headers) {
    Locale locale = Messages.choose(headers.getAcceptableLanguages());
    ProgressMatrix matrix = progress.matrix(currentUser.account(), waveId, province(province));
    return Response.ok(ProgressExport.toXlsx(matrix, locale), ProgressExport.MEDIA_TYPE)
        .header(
            "Content-Disposition",
            DownloadHeaders.contentDisposition("voortgang " + matrix.wave() + ".xlsx"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  static Province province(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Province.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("progress.invalid.province");
    }
  }
}
