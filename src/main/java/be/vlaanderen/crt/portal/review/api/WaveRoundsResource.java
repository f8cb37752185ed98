package be.vlaanderen.crt.portal.review.api;

import be.vlaanderen.crt.portal.review.Rounds;
import be.vlaanderen.crt.portal.review.Rounds.RoundView;
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

/** {@code /api/waves/{id}/rounds}: the three feedback rounds of a wave (CRT). */
@Path("waves/{id}/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WaveRoundsResource {

  @Inject CurrentUser currentUser;

  @Inject Rounds rounds;

  @GET
  @Operation(summary = "De drie feedbackrondes van een traject (CRT)")
  public List<RoundView> rounds(@PathParam("id") long waveId) {
    return rounds.views(currentUser.account(), waveId);
  }
}
