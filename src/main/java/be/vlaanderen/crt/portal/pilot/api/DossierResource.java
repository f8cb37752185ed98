package be.vlaanderen.crt.portal.pilot.api;

import be.vlaanderen.crt.portal.documents.DocumentIntake;
import be.vlaanderen.crt.portal.documents.FileParts;
import be.vlaanderen.crt.portal.pilot.dossier.AttachmentKind;
import be.vlaanderen.crt.portal.pilot.dossier.Block;
import be.vlaanderen.crt.portal.pilot.dossier.DossierAttachments;
import be.vlaanderen.crt.portal.pilot.dossier.Dossiers;
import be.vlaanderen.crt.portal.pilot.dossier.Env;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationState;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationStatuses;
import be.vlaanderen.crt.portal.pilot.dossier.TestPlans;
import be.vlaanderen.crt.portal.pilot.dossier.TestResult;
import be.vlaanderen.crt.portal.pilot.dossier.TroubleshootingLog;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.api.Created;
import be.vlaanderen.crt.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/pilot/dossiers}: integration dossiers, attachments, status, test plan. */
@Path("pilot/dossiers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

  @Inject CurrentUser currentUser;

  @jakarta.ws.rs.core.Context UriInfo uri;

  @Inject Dossiers dossiers;

  @Inject DossierAttachments dossierAttachments;

  @Inject IntegrationStatuses integrationStatuses;

  @Inject TestPlans testPlans;

  @Inject TroubleshootingLog troubleshootingLog;

  @Inject DocumentIntake intake;

  /** A status move. */
  public record StatusMove(String state, String note) {}

  /** A test outcome: PASS, FAIL or NOT_APPLICABLE. */
  public record TestOutcome(String outcome, String note) {}

  /** A troubleshooting session. */
  public record TroubleshootingSession(String heldOn, String problem, String resolution) {}

  @GET
  @Operation(
      summary =
          "De zichtbare dossiers; ?succeeded=ACM_TI (geslaagd op die omgeving), ?group=N, ?municipality=id")
  public List<Dossiers.DossierRow> list(
      @QueryParam("succeeded") String succeeded,
      @QueryParam("group") Integer group,
      @QueryParam("municipality") Long municipality) {
    return dossiers.list(currentUser.account(), succeeded, group, municipality);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een dossier aanmaken voor een geselecteerde gemeente")
  public Response create(@jakarta.validation.Valid Dossiers.DossierInput in, @Context UriInfo uri) {
    long id = dossiers.create(currentUser.account(), in);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(dossiers.view(currentUser.account(), id))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Een dossier met status en OIDC-controle")
  public Dossiers.DossierView get(@PathParam("id") long id) {
    return dossiers.view(currentUser.account(), id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een dossier wijzigen; 409 wanneer iemand anders intussen bewaarde")
  public Dossiers.DossierView update(
      @PathParam("id") long id, @jakarta.validation.Valid Dossiers.DossierInput in) {
    dossiers.update(currentUser.account(), id, in);
    return dossiers.view(currentUser.account(), id);
  }

  @GET
  @Path("{id}/attachments")
  @Operation(summary = "De bijlagen (laatste versie) met de bevindingen van de SAML-controle")
  public List<DossierAttachments.AttachmentView> attachments(@PathParam("id") long id) {
    return dossierAttachments.attachments(currentUser.account(), id);
  }

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Een bijlage opladen (multipart-veld 'file'; ?kind=DOSSIER, SAML_METADATA, DIAGRAM of OTHER)")
  public Response attach(
      @PathParam("id") long id,
      @QueryParam("kind") String kind,
      @Context HttpServletRequest request)
      throws IOException {
    AttachmentKind k = Inputs.oneOf(AttachmentKind.class, kind, "pilot.attachment.kindUnknown");
    Part part = FileParts.required(request, intake.maxBytes());
    try (InputStream in = part.getInputStream()) {
      DossierAttachments.Attached attached =
          dossierAttachments.attach(currentUser.account(), id, k, part.getSubmittedFileName(), in);
      return Created.at(uri, attached, "documents/{id}/content", attached.versionId());
    } finally {
      part.delete();
    }
  }

  @PUT
  @Path("{id}/status/{block}/{env}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "De status van een bouwsteen op een omgeving wijzigen (analist, coördinator)")
  public IntegrationStatuses.StatusView move(
      @PathParam("id") long id,
      @PathParam("block") String block,
      @PathParam("env") String env,
      StatusMove move) {
    if (move == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    return integrationStatuses.move(
        currentUser.account(),
        id,
        Inputs.oneOf(Block.class, block, "pilot.status.unknown"),
        Inputs.oneOf(Env.class, env, "pilot.status.unknown"),
        Inputs.oneOf(IntegrationState.class, move.state(), "pilot.status.unknown"),
        move.note());
  }

  @GET
  @Path("{id}/transitions")
  @Operation(summary = "Alle statuswijzigingen, nieuwste eerst")
  public List<IntegrationStatuses.TransitionView> transitions(@PathParam("id") long id) {
    return integrationStatuses.transitions(currentUser.account(), id);
  }

  @GET
  @Path("{id}/tests/{block}/{env}")
  @Operation(summary = "Het testplan van een omgeving met de resultaten")
  public List<TestPlans.TestRow> tests(
      @PathParam("id") long id, @PathParam("block") String block, @PathParam("env") String env) {
    return testPlans.testPlan(
        currentUser.account(),
        id,
        Inputs.oneOf(Block.class, block, "pilot.status.unknown"),
        Inputs.oneOf(Env.class, env, "pilot.status.unknown"));
  }

  @PUT
  @Path("{id}/tests/{block}/{env}/{case}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Het resultaat van een testgeval vastleggen")
  public Response test(
      @PathParam("id") long id,
      @PathParam("block") String block,
      @PathParam("env") String env,
      @PathParam("case") long caseId,
      TestOutcome outcome) {
    if (outcome == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    testPlans.recordTest(
        currentUser.account(),
        id,
        Inputs.oneOf(Block.class, block, "pilot.status.unknown"),
        Inputs.oneOf(Env.class, env, "pilot.status.unknown"),
        caseId,
        Inputs.oneOf(TestResult.Outcome.class, outcome.outcome(), "pilot.test.outcomeRequired"),
        outcome.note());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/tests/{block}/{env}/{case}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Bewijs bij een testgeval opladen (multipart-veld 'file')")
  public Response evidence(
      @PathParam("id") long id,
      @PathParam("block") String block,
      @PathParam("env") String env,
      @PathParam("case") long caseId,
      @Context HttpServletRequest request)
      throws IOException {
    Block b = Inputs.oneOf(Block.class, block, "pilot.status.unknown");
    Env e = Inputs.oneOf(Env.class, env, "pilot.status.unknown");
    Part part = FileParts.required(request, intake.maxBytes());
    try (InputStream in = part.getInputStream()) {
      DossierAttachments.Attached evidence =
          dossierAttachments.attachEvidence(
              currentUser.account(), id, b, e, caseId, part.getSubmittedFileName(), in);
      return Created.at(uri, evidence, "documents/{id}/content", evidence.versionId());
    } finally {
      part.delete();
    }
  }

  @GET
  @Path("{id}/troubleshooting")
  @Operation(summary = "De gelogde troubleshootingsessies")
  public List<TroubleshootingLog.TroubleView> troubleshooting(@PathParam("id") long id) {
    return troubleshootingLog.troubleshooting(currentUser.account(), id);
  }

  @POST
  @Path("{id}/troubleshooting")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Een troubleshootingsessie loggen (datum, probleem, oplossing)")
  public Response logTroubleshooting(@PathParam("id") long id, TroubleshootingSession in) {
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    long created =
        troubleshootingLog.logTroubleshooting(
            currentUser.account(),
            id,
            PilotSelectionResource.date(in.heldOn()),
            in.problem(),
            in.resolution());
    return Created.at(
        uri, Map.of("id", created), "pilot/dossiers/{id}/troubleshooting/{t}", id, created);
  }

  @GET
  @Path("{id}/troubleshooting/{session}")
  @Operation(summary = "Eén gelogde troubleshootingsessie")
  public TroubleshootingLog.TroubleView troubleshootingSession(
      @PathParam("id") long id, @PathParam("session") long session) {
    return troubleshootingLog.troubleshooting(currentUser.account(), id).stream()
        .filter(t -> t.id() == session)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("No such session in this dossier"));
  }
}
