package be.vlaanderen.crt.portal.municipality.api;

import be.vlaanderen.crt.portal.municipality.MunicipalityImport;
import be.vlaanderen.crt.portal.municipality.MunicipalityImport.Preview;
import be.vlaanderen.crt.portal.municipality.MunicipalityImport.Result;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/admin/municipalities/import}: municipalities and contact persons from CSV or
 * XLSX (multipart field {@code file}). With {@code dryRun=true} only the preview; otherwise the
 * valid rows are applied and new contact persons invited.
 */
@Path("admin/municipalities/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  @Inject CurrentUser currentUser;

  @Inject MunicipalityImport imports;

  /** The preview, and the result when applied. */
  public record ImportAnswer(Preview preview, Result result) {}

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Gemeenten en contactpersonen importeren (CSV of XLSX), met voorbeeld en foutrapport per rij")
  public ImportAnswer importFile(
      @Context HttpServletRequest request,
      @QueryParam("wave") Long wave,
      @QueryParam("dryRun") String dryRunParameter)
      throws IOException {
    UserAccount account = currentUser.account();
    if (dryRunParameter != null
        && !dryRunParameter.equals("true")
        && !dryRunParameter.equals("false")) {
      throw new InvalidInputException("import.invalid.dryRun");
    }
    boolean dryRun = "true".equals(dryRunParameter);
    java.nio.file.Path file = Files.createTempFile("import-", ".upload");
    try {
      Part part;
      try {
        part = request.getPart("file");
      } catch (ServletException | IllegalStateException e) {
        part = null;
      }
      if (part == null) {
        throw new InvalidInputException("import.invalid.noFile");
      }
      try (InputStream in = part.getInputStream()) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        part.delete();
      }
      Preview preview = imports.preview(account, file);
      return new ImportAnswer(
          preview, dryRun ? null : imports.apply(account, preview.rows(), wave));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
