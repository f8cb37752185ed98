package be.vlaanderen.crt.portal.admin.api;

import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.programme.ProgrammeMails;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/admin/reminders}: runs the daily reminder round now (coordinators). Safe to
 * repeat: each reminder is sent once.
 */
@Path("admin/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

  @Inject CurrentUser currentUser;

  @Inject ProgrammeMails notifications;

  /** How many reminders this run queued. */
  public record Run(int queued) {}

  @POST
  @Operation(
      summary = "Herinneringen voor naderende deadlines nu versturen (elke herinnering één keer)")
  public Run run() {
    if (currentUser.account().getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Reminders are run by coordinators");
    }
    return new Run(
        notifications.remindDeadlines(be.vlaanderen.crt.portal.platform.ProgrammeTime.now()));
  }
}
