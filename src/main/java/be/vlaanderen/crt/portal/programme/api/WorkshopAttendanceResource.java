package be.vlaanderen.crt.portal.programme.api;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.programme.AttendanceRegister;
import be.vlaanderen.crt.portal.programme.AttendanceRegister.AttendanceRow;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/workshops/{id}/attendance}: who attended a workshop (coordinator). */
@Path("workshops/{id}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopAttendanceResource {

  /** Whether the municipality was there. */
  public record Presence(Boolean present) {}

  @Inject CurrentUser currentUser;

  @Inject AttendanceRegister attendanceRegister;

  @GET
  @Operation(summary = "De gemeenten van het traject met hun aanwezigheid op deze workshop")
  public List<AttendanceRow> sheet(@PathParam("id") long workshopId) {
    return attendanceRegister.attendanceSheet(currentUser.account(), workshopId);
  }

  @PUT
  @Path("{municipalityId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Aanwezig of afwezig registreren voor een gemeente van het traject")
  public AttendanceRow record(
      @PathParam("id") long workshopId,
      @PathParam("municipalityId") long municipalityId,
      Presence in) {
    if (in == null || in.present() == null) {
      throw new InvalidInputException("programme.attendance.present");
    }
    attendanceRegister.attendance(currentUser.account(), workshopId, municipalityId, in.present());
    return attendanceRegister.attendanceSheet(currentUser.account(), workshopId).stream()
        .filter(r -> r.municipalityId() == municipalityId)
        .findFirst()
        .orElseThrow();
  }
}
