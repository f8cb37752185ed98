package be.vlaanderen.crt.portal.submission.api;

import be.vlaanderen.crt.portal.completeness.CompletenessReport;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.Submission;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/submissions/{id}}: a submission with its versions. */
@Path("submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

  @Inject CurrentUser currentUser;

  @Inject SubmissionService submissions;

  /** A submission as the API shows it; versions newest first. */
  public record SubmissionView(
      long id,
      long assignmentId,
      String assignment,
      long municipalityId,
      String municipality,
      Instant createdAt,
      List<DocumentView> versions) {}

  @GET
  @Path("{id}")
  @Operation(summary = "Een inzending met al haar versies (nieuwste eerst)")
  public SubmissionView submission(@PathParam("id") long id, @Context HttpHeaders headers) {
    UserAccount account = currentUser.account();
    Locale locale = Messages.choose(headers.getAcceptableLanguages());
    Submission s = submissions.submission(account, id);
    List<DocumentVersion> versions = submissions.versions(account, id);
    Map<Long, CompletenessReport> reports = submissions.completeness(versions);
    return new SubmissionView(
        s.getId(),
        s.getAssignment().getId(),
        s.getAssignment().getTitle(),
        s.getMunicipality().getId(),
        s.getMunicipality().getName(),
        s.getCreatedAt(),
        versions.stream().map(v -> DocumentView.of(v, reports.get(v.getId()), locale)).toList());
  }
}
