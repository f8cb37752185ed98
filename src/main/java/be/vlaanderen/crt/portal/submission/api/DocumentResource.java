package be.vlaanderen.crt.portal.submission.api;

import be.vlaanderen.crt.portal.documents.DownloadHeaders;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/documents/{versionId}/content}: the bytes of a version, exactly as uploaded. */
@Path("documents")
@RequestScoped
public class DocumentResource {

  @Inject CurrentUser currentUser;

  @Inject SubmissionService submissions;

  @GET
  @Path("{versionId}/content")
  @Operation(summary = "De inhoud van een documentversie, byte voor byte zoals ingediend")
  public Response content(@PathParam("versionId") long versionId) {
    UserAccount account = currentUser.account();
    DocumentVersion version = submissions.version(account, versionId);
    InputStream in = submissions.open(account, version);
    StreamingOutput body =
        out -> {
          try (in) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, version.getMediaType())
        .header(
            "Content-Disposition",
            DownloadHeaders.contentDisposition(submissions.downloadName(account, version)))
        .header("Content-Length", version.getSize())
        .header("X-Content-Type-Options", "nosniff")
        .header("ETag", DownloadHeaders.etag(version.getSha256()))
        .header("Cache-Control", "private, no-cache")
        .build();
  }
}
