package be.vlaanderen.crt.portal.submission.api;

import be.vlaanderen.crt.portal.documents.DownloadHeaders;
import be.vlaanderen.crt.portal.documents.UploadRefusedException;
import be.vlaanderen.crt.portal.documents.UploadRefusedException.Reason;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.programme.AssignmentTemplate;
import be.vlaanderen.crt.portal.programme.AssignmentTemplates;
import be.vlaanderen.crt.portal.programme.WaveAssignments;
import be.vlaanderen.crt.portal.programme.WaveAssignments.TemplateView;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import be.vlaanderen.crt.portal.submission.AssignmentStatus;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/assignment-templates/{assignmentId}}: the template of an assignment (the
 * coordinator's own, else the portal's), and attaching one (coordinators).
 */
@Path("assignment-templates/{assignmentId}")
@RequestScoped
public class AssignmentTemplateResource {

  @Inject CurrentUser currentUser;

  @jakarta.ws.rs.core.Context UriInfo uri;

  @Inject WaveAssignments waveAssignments;
  @Inject SubmissionService submissions;

  @Inject ObjectStore store;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Een eigen sjabloon aan een opdracht koppelen (co\u00f6rdinatoren; multipart-veld 'file')")
  public Response attach(
      @PathParam("assignmentId") long assignmentId, @Context HttpServletRequest request)
      throws IOException {
    Part part;
    try {
      part = request.getPart("file");
    } catch (ServletException | IllegalStateException e) {
      part = null;
    }
    if (part == null) {
      throw new UploadRefusedException(Reason.NO_FILE);
    }
    try (InputStream in = part.getInputStream()) {
      TemplateView template =
          waveAssignments.attachTemplate(
              currentUser.account(), assignmentId, part.getSubmittedFileName(), in);
      return Created.at(uri, template, "assignment-templates/{id}", assignmentId);
    } finally {
      part.delete();
    }
  }

  @GET
  @Operation(summary = "Het sjabloon van een opdracht downloaden")
  public Response download(@PathParam("assignmentId") long assignmentId) {
    UserAccount account = currentUser.account();
    AssignmentStatus assignment =
        submissions.assignments(account).stream()
            .filter(a -> a.assignmentId() == assignmentId)
            .findFirst()
            .orElseThrow(() -> new NotVisibleException("Assignment " + assignmentId));
    TemplateView attached = waveAssignments.attachedTemplate(assignmentId);
    if (attached != null) {
      AssignmentTemplate template = waveAssignments.template(account, attached.id());
      InputStream in = store.open(template.getFile().getStorageKey());
      return stream(in, template.getFile().getFileName(), template.getFile().getMediaType());
    }
    String shipped = AssignmentTemplates.fileName(assignment.kind());
    if (shipped == null) {
      throw new NotVisibleException("Template of assignment " + assignmentId);
    }
    return stream(
        getClass().getResourceAsStream("/templates/" + shipped),
        shipped,
        AssignmentTemplates.mediaType(shipped));
  }

  private static Response stream(InputStream in, String fileName, String mediaType) {
    StreamingOutput body =
        out -> {
          try (in) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, mediaType)
        .header("Content-Disposition", DownloadHeaders.contentDisposition(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
