package be.vlaanderen.crt.portal.budget.api;

import be.vlaanderen.crt.portal.budget.BudgetReports;
import be.vlaanderen.crt.portal.budget.CoFinancingShares;
import be.vlaanderen.crt.portal.budget.Profiles;
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

/** {@code GET /api/budget}: plan and realised figures (coordinator, steering committee). */
@Path("budget")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject CurrentUser currentUser;

  @Inject BudgetReports reports;

  @Inject CoFinancingShares coFinancing;

  @Inject Profiles profiles;

  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary =
          "Plan en realisatie per traject, profiel, groep, gemeente en activiteit op een datum (?date=jjjj-mm-dd, standaard vandaag); bedragen als decimale strings in euro")
  public BudgetReports.Budget budget(@QueryParam("date") String date) {
    return reports.budget(currentUser.account(), day(date));
  }

  @GET
  @Path("cofinancing")
  @Operation(summary = "Het aandeel (20 %) van elke gemeente in de kosten die haar toegewezen zijn")
  public BudgetReports.CoFinancing coFinancing(@QueryParam("date") String date) {
    return coFinancing.coFinancing(currentUser.account(), day(date));
  }

  @GET
  @Path("cofinancing.xlsx")
  @Produces(XLSX)
  @Operation(summary = "De cofinanciering als werkmap, klaar voor facturatie")
  public Response coFinancingXlsx(@QueryParam("date") String date) {
    LocalDate day = day(date);
    byte[] body =
        SteeringSheets.coFinancingXlsx(
            coFinancing.coFinancing(currentUser.account(), day),
            Messages.choose(headers.getAcceptableLanguages()));
    return Response.ok(body, XLSX)
        .header("Content-Disposition", "attachment; filename=\"cofinanciering-" + day + ".xlsx\"")
        .build();
  }

  @GET
  @Path("profiles")
  @Operation(summary = "De profielen met hun dagtarieven (incl. btw) door de tijd")
  public java.util.List<Profiles.ProfileView> profiles() {
    return profiles.profiles(currentUser.account());
  }

  @GET
  @Path("profiles/{code}")
  @Operation(summary = "Eén profiel met zijn dagtarieven (incl. btw) door de tijd")
  public Profiles.ProfileView profile(@jakarta.ws.rs.PathParam("code") String code) {
    return profiles.profiles(currentUser.account()).stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new be.vlaanderen.crt.portal.platform.NotVisibleException("No such profile"));
  }

  static LocalDate day(String value) {
    return be.vlaanderen.crt.portal.platform.ProgrammeTime.reportDay(value);
  }
}
