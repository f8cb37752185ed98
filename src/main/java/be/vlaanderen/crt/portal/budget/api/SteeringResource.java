package be.vlaanderen.crt.portal.budget.api;

import be.vlaanderen.crt.portal.budget.SteeringPdf;
import be.vlaanderen.crt.portal.budget.SteeringReports;
import be.vlaanderen.crt.portal.budget.SteeringSheets;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/steering/report}: the steering report for a meeting date, as JSON, PDF or XLSX. */
@Path("steering/report")
@RequestScoped
public class SteeringResource {

  @Inject CurrentUser currentUser;

  @Inject SteeringReports reports;

  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Het stuurgroeprapport op een datum (?date=jjjj-mm-dd); dezelfde datum geeft dezelfde cijfers")
  public SteeringReports.Report report(@QueryParam("date") String date) {
    return reports.report(currentUser.account(), BudgetResource.day(date));
  }

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  @Operation(summary = "Het stuurgroeprapport als PDF, met grafieken")
  public Response pdf(@QueryParam("date") String date) {
    LocalDate day = BudgetResource.day(date);
    byte[] body =
        SteeringPdf.pdf(
            reports.report(currentUser.account(), day),
            Messages.choose(headers.getAcceptableLanguages()));
    return Response.ok(body, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"stuurgroeprapport-" + day + ".pdf\"")
        .build();
  }

  @GET
  @Path("xlsx")
  @Produces(BudgetResource.XLSX)
  @Operation(summary = "Het stuurgroeprapport als werkmap")
  public Response xlsx(@QueryParam("date") String date) {
    LocalDate day = BudgetResource.day(date);
    byte[] body =
        SteeringSheets.xlsx(
            reports.report(currentUser.account(), day),
            Messages.choose(headers.getAcceptableLanguages()));
    return Response.ok(body, BudgetResource.XLSX)
        .header(
            "Content-Disposition", "attachment; filename=\"stuurgroeprapport-" + day + ".xlsx\"")
        .build();
  }
}
