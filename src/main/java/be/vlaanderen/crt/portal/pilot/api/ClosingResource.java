package be.vlaanderen.crt.portal.pilot.api;

import be.vlaanderen.crt.portal.pilot.register.ClosingDocs;
import be.vlaanderen.crt.portal.pilot.register.ClosingReport;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/pilot/closing}: the pilot's closing evaluation (coordinator writes, steering reads).
 */
@Path("pilot/closing")
@RequestScoped
public class ClosingResource {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject CurrentUser currentUser;

  @Inject ClosingReport reports;

  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "De slotevaluatie: cijfers uit het portaal, impact en aanbevelingen")
  public ClosingReport.Closing closing() {
    return reports.closing(currentUser.account());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "De impact en de beleidsaanbevelingen schrijven (coördinator; rowVersion van de gelezen versie)")
  public ClosingReport.Closing save(ClosingReport.Texts in) {
    return reports.save(currentUser.account(), in);
  }

  @GET
  @Path("report")
  @Produces({DOCX, "application/pdf"})
  @Operation(summary = "De slotevaluatie als document (?format=docx of pdf)")
  public Response report(@QueryParam("format") String format) {
    Locale l = headers == null ? Messages.DUTCH : Messages.choose(headers.getAcceptableLanguages());
    ClosingReport.Closing c = reports.closing(currentUser.account());
    if ("pdf".equals(format)) {
      return Response.ok(ClosingDocs.pdf(c, l), "application/pdf")
          .header("Content-Disposition", "attachment; filename=\"slotevaluatie-pilot.pdf\"")
          .build();
    }
    if (format == null || "docx".equals(format)) {
      return Response.ok(ClosingDocs.docx(c, l), DOCX)
          .header("Content-Disposition", "attachment; filename=\"slotevaluatie-pilot.docx\"")
          .build();
    }
    throw new InvalidInputException("closing.format");
  }
}
