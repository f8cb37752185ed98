package be.vlaanderen.crt.portal.budget.api;

import be.vlaanderen.crt.portal.budget.Profiles;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /api/profiles/{code}/rates}: a new day rate from a future date on (coordinator). */
@Path("profiles/{code}/rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileRateResource {

  @Inject CurrentUser currentUser;

  @Inject Profiles profiles;

  @Context UriInfo uri;

  /** validFrom as an ISO date, dayRate as a decimal string ("958.32"). */
  public record NewRate(String validFrom, String dayRate) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een nieuw dagtarief vanaf een datum in de toekomst")
  public Response add(@PathParam("code") String code, NewRate in) {
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    LocalDate from;
    BigDecimal rate;
    try {
      from = LocalDate.parse(String.valueOf(in.validFrom()));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("rate.date");
    }
    try {
      rate = new BigDecimal(String.valueOf(in.dayRate()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("rate.amount");
    }
    profiles.addRate(currentUser.account(), code, from, rate);
    return Created.at(
        uri,
        profiles.profiles(currentUser.account()).stream()
            .filter(p -> p.code().equals(code))
            .findFirst()
            .orElseThrow(),
        "budget/profiles/{code}",
        code);
  }
}
