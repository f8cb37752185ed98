package be.vlaanderen.crt.portal.submission.api;

import be.vlaanderen.crt.portal.documents.FileParts;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.submission.AssignmentStatus;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/assignments}: the caller's assignments, and handing in a document for one. */
@Path("assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

  /** Room for the multipart envelope around the file itself. */
  @Inject CurrentUser currentUser;

  @Inject SubmissionService submissions;

  @GET
  @Operation(summary = "De opdrachten van de oproeper, per gemeente, met de stand van de inzending")
  public List<AssignmentStatus> assignments() {
    return submissions.assignments(currentUser.account());
  }

  @POST
  @Path("{id}/documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Een document indienen (multipart-veld 'file'); elke upload is een nieuwe versie")
  @APIResponse(responseCode = "201", description = "Opgeslagen als nieuwe versie")
  @APIResponse(responseCode = "400", description = "Geen of leeg bestand")
  @APIResponse(responseCode = "404", description = "Geen opdracht van de oproeper")
  @APIResponse(responseCode = "413", description = "Bestand te groot")
  @APIResponse(responseCode = "415", description = "Bestandstype geweigerd")
  @APIResponse(
      responseCode = "503",
      description = "Opslag of databank niet bereikbaar; niets opgeslagen")
  public Response upload(
      @PathParam("id") long assignmentId,
      @Context HttpServletRequest request,
      @Context UriInfo uri,
      @Context HttpHeaders headers,
      @HeaderParam("Idempotency-Key") String idempotencyKey)
      throws IOException {
    // Who may upload is decided before a byte of the body is read.
    submissions.requireMayUpload(currentUser.account(), assignmentId);
    java.util.Optional<DocumentVersion> earlier =
        submissions.replay(currentUser.account(), assignmentId, idempotencyKey);
    if (earlier.isPresent()) {
      // The client lost the first answer: the same answer again, and no second version; but only
      // for the same file.
      Part sent = FileParts.required(request, submissions.maxBytes());
      try (InputStream in = sent.getInputStream()) {
        if (!sha256(in).equalsIgnoreCase(earlier.get().getSha256())) {
          throw new be.vlaanderen.crt.portal.documents.UploadRefusedException(
              be.vlaanderen.crt.portal.documents.UploadRefusedException.Reason
                  .IDEMPOTENCY_KEY_REUSED,
              sent.getSubmittedFileName());
        }
      } finally {
        sent.delete();
      }
      return created(earlier.get(), uri, headers).header("Idempotent-Replayed", "true").build();
    }
    Part part = FileParts.required(request, submissions.maxBytes());
    try (InputStream in = part.getInputStream()) {
      DocumentVersion version =
          submissions.upload(
              currentUser.account(), assignmentId, part.getSubmittedFileName(), in, idempotencyKey);
      return created(version, uri, headers).build();
    } finally {
      part.delete();
    }
  }

  private static String sha256(InputStream in) throws IOException {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Response.ResponseBuilder created(
      DocumentVersion version, UriInfo uri, HttpHeaders headers) {
    return Response.created(
            uri.getBaseUriBuilder()
                .path("submissions")
                .path(Long.toString(version.getSubmission().getId()))
                .build())
        .entity(
            DocumentView.of(
                version,
                submissions.completeness(List.of(version)).get(version.getId()),
                Messages.choose(headers.getAcceptableLanguages())));
  }
}
