package be.vlaanderen.crt.portal.budget.web;

import be.vlaanderen.crt.portal.budget.CoFinancingShares;
import be.vlaanderen.crt.portal.budget.SteeringPdf;
import be.vlaanderen.crt.portal.budget.SteeringReports;
import be.vlaanderen.crt.portal.budget.SteeringSheets;
import be.vlaanderen.crt.portal.platform.LanguageChoice;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * {@code /steering/export/rapport.pdf|rapport.xlsx|cofinanciering.xlsx|kpis.xlsx?date=…}: the
 * dashboard's downloads for a logged-in coordinator or steering committee member.
 */
@WebServlet("/steering/export/*")
public class SteeringExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject CurrentUser currentUser;

  @Inject SteeringReports reports;

  @Inject CoFinancingShares coFinancing;

  @Inject LanguageChoice language;

  @Inject be.vlaanderen.crt.portal.kpi.KpiCatalogue kpis;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    LocalDate day;
    try {
      String value = request.getParameter("date");
      day =
          value == null || value.isBlank()
              ? be.vlaanderen.crt.portal.platform.ProgrammeTime.today()
              : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (day.isAfter(be.vlaanderen.crt.portal.platform.ProgrammeTime.today())) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Locale locale =
        Messages.choose(java.util.List.of(Locale.forLanguageTag(language.getLanguage())));
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    byte[] body;
    String type;
    try {
      switch (path) {
        case "/rapport.pdf" -> {
          body = SteeringPdf.pdf(reports.report(currentUser.account(), day), locale);
          type = "application/pdf";
        }
        case "/rapport.xlsx" -> {
          body = SteeringSheets.xlsx(reports.report(currentUser.account(), day), locale);
          type = XLSX;
        }
        case "/kpis.xlsx" -> {
          body =
              be.vlaanderen.crt.portal.kpi.KpiExports.xlsx(
                  kpis.report(currentUser.account(), day), locale);
          type = XLSX;
        }
        case "/cofinanciering.xlsx" -> {
          body =
              SteeringSheets.coFinancingXlsx(
                  coFinancing.coFinancing(currentUser.account(), day), locale);
          type = XLSX;
        }
        default -> {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
      }
    } catch (NotPermittedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String name =
        path.substring(1)
            .replace("rapport", "stuurgroeprapport-" + day)
            .replace("cofinanciering", "cofinanciering-" + day)
            .replace("kpis", "kpis-per-bestuur-" + day);
    response.setContentType(type);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
