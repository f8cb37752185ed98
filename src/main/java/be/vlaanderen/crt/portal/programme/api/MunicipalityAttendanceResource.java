package be.vlaanderen.crt.portal.programme.api;

import be.vlaanderen.crt.portal.programme.AttendanceRegister;
import be.vlaanderen.crt.portal.programme.AttendanceRegister.AttendanceItem;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/municipalities/{id}/attendance}: a municipality's presence at its workshops. */
@Path("municipalities/{id}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityAttendanceResource {

  @Inject CurrentUser currentUser;

  @Inject AttendanceRegister attendanceRegister;

  @GET
  @Operation(
      summary =
          "De workshops van de trajecten van een gemeente met haar aanwezigheid (CRT, stuurgroep, de gemeente zelf)")
  public List<AttendanceItem> attendance(@PathParam("id") long municipalityId) {
    return attendanceRegister.attendanceOf(currentUser.account(), municipalityId);
  }
}
