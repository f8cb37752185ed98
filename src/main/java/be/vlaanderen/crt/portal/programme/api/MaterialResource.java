package be.vlaanderen.crt.portal.programme.api;

import be.vlaanderen.crt.portal.documents.DownloadHeaders;
import be.vlaanderen.crt.portal.programme.WorkshopMaterial;
import be.vlaanderen.crt.portal.programme.WorkshopPlanning;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Workshop materials: {@code POST /api/workshops/{id}/materials} and {@code GET
 * /api/materials/{id}/content}.
 */
@Path("materials")
@RequestScoped
public class MaterialResource {

  @Inject CurrentUser currentUser;

  @Inject WorkshopPlanning workshopPlanning;

  @Inject ObjectStore store;

  @GET
  @Path("{id}/content")
  @Operation(summary = "Een workshopmateriaal downloaden")
  public Response content(@PathParam("id") long materialId) {
    WorkshopMaterial material = workshopPlanning.material(currentUser.account(), materialId);
    InputStream in = store.open(material.getFile().getStorageKey());
    StreamingOutput body =
        out -> {
          try (in) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, material.getFile().getMediaType())
        .header(
            "Content-Disposition",
            DownloadHeaders.contentDisposition(material.getFile().getFileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("ETag", DownloadHeaders.etag(material.getFile().getSha256()))
        .build();
  }
}
