package be.vlaanderen.crt.portal.programme.api;

import be.vlaanderen.crt.portal.documents.UploadRefusedException;
import be.vlaanderen.crt.portal.documents.UploadRefusedException.Reason;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.programme.WorkshopPlanning;
import be.vlaanderen.crt.portal.programme.WorkshopPlanning.MaterialView;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Workshop materials: {@code POST /api/workshops/{id}/materials} and {@code GET
 * /api/materials/{id}/content}.
 */
@Path("workshops/{id}/materials")
@RequestScoped
public class WorkshopMaterialResource {

  @Inject CurrentUser currentUser;

  @jakarta.ws.rs.core.Context UriInfo uri;

  @Inject WorkshopPlanning workshopPlanning;

  @Inject ObjectStore store;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Materiaal bij een workshop opladen (co\u00f6rdinatoren; multipart-veld 'file')")
  public Response add(@PathParam("id") long workshopId, @Context HttpServletRequest request)
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
      MaterialView material =
          workshopPlanning.addMaterial(
              currentUser.account(), workshopId, part.getSubmittedFileName(), in);
      return Created.at(uri, material, "materials/{id}/content", material.id());
    } finally {
      part.delete();
    }
  }
}
