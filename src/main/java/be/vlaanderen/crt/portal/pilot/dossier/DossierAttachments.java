package be.vlaanderen.crt.portal.pilot.dossier;

import be.vlaanderen.crt.portal.documents.DocumentIntake;
import be.vlaanderen.crt.portal.documents.RecordingFailedException;
import be.vlaanderen.crt.portal.extraction.DocumentType;
import be.vlaanderen.crt.portal.pilot.Finding;
import be.vlaanderen.crt.portal.pilot.SamlMetadataCheck;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.programme.Track;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.VersionRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A dossier's attachments (dossier document, SAML metadata, diagram, test evidence): documents like
 * every other (object storage, versions, review remarks), one submission slot per attachment. SAML
 * metadata is checked before anything is stored and again on every view.
 */
@ApplicationScoped
public class DossierAttachments {

  private static final Logger LOG = Logger.getLogger(DossierAttachments.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject DossierAccess rights;

  @Inject DocumentIntake intake;

  @Inject VersionRecorder recorder;

  @Inject ObjectStore store;

  /** Metadata codes that make a file unusable as metadata: refused, nothing stored. */
  static final Set<String> UNUSABLE = Set.of("EMPTY", "TOO_LARGE", "NOT_XML", "NOT_METADATA");

  /** The latest version of an attachment slot. */
  public record AttachmentView(
      long submissionId,
      String kind,
      long versionId,
      int version,
      String fileName,
      long size,
      String mediaType,
      Instant uploadedAt,
      String uploadedBy,
      List<Finding> findings)
      implements Serializable {}

  /** What an upload did. */
  public record Attached(
      long submissionId, long versionId, int version, String fileName, List<Finding> findings) {}

  private long pilotAssignmentId() {
    return em.createQuery(
            "SELECT a.id FROM Assignment a WHERE a.kind = :k AND a.wave.programme.track = :t ORDER BY a.id",
            Long.class)
        .setParameter("k", AssignmentKind.INTEGRATION_DOSSIER)
        .setParameter("t", Track.ACM_IDM)
        .setMaxResults(1)
        .getSingleResult();
  }

  /**
   * Adds a version to one of the dossier's attachments. SAML metadata is checked before anything is
   * stored: a file that is not metadata at all (or hostile XML) is refused; the other findings are
   * returned and shown with the attachment.
   */
  public Attached attach(
      UserAccount account, long dossierId, AttachmentKind kind, String fileName, InputStream in) {
    if (kind == null) {
      throw new InvalidInputException("pilot.attachment.kindUnknown");
    }
    return store(account, dossierId, AttachmentSlot.of(dossierId, kind), kind, fileName, in);
  }

  /** Evidence for one test case on one environment (screenshot, log, report). */
  public Attached attachEvidence(
      UserAccount account,
      long dossierId,
      Block block,
      Env env,
      long caseId,
      String fileName,
      InputStream in) {
    if (em.find(TestCase.class, caseId) == null) {
      throw new NotVisibleException("Test case " + caseId);
    }
    return store(
        account,
        dossierId,
        AttachmentSlot.evidence(dossierId, block, env, caseId),
        null,
        fileName,
        in);
  }

  private Attached store(
      UserAccount account,
      long dossierId,
      AttachmentSlot slot,
      AttachmentKind kind,
      String fileName,
      InputStream in) {
    IntegrationDossier d = rights.writable(account, dossierId);
    List<Finding> findings = List.of();
    InputStream content = in;
    if (kind == AttachmentKind.SAML_METADATA && in != null) {
      byte[] bytes = readAtMost(in, SamlMetadataCheck.MAX_BYTES_PUBLIC + 1);
      findings = SamlMetadataCheck.check(bytes, Instant.now());
      for (Finding f : findings) {
        if (UNUSABLE.contains(f.code())) {
          throw new InvalidInputException(
              "pilot.metadata.refused", f.line() > 0 ? f.line() : "-", f.message());
        }
      }
      content = new ByteArrayInputStream(bytes);
    }
    DocumentIntake.Accepted<Void> accepted =
        intake.accept(fileName, content, DocumentType.DOSSIER, null);
    if (kind == AttachmentKind.SAML_METADATA && accepted.type() != DocumentType.XML) {
      throw new InvalidInputException("pilot.metadata.notXml");
    }
    DocumentVersion version;
    try {
      version =
          recorder.recordInSlot(
              pilotAssignmentId(),
              d.getMunicipality().getId(),
              slot.key(),
              VersionRecorder.StoredUpload.of(accepted, null),
              account.getUsername());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Recording a dossier attachment failed", e);
      throw new RecordingFailedException(e);
    }
    return new Attached(
        version.getSubmission().getId(),
        version.getId(),
        version.getVersionNumber(),
        version.getFileName(),
        findings);
  }

  private static byte[] readAtMost(InputStream in, int max) {
    try (in) {
      byte[] bytes = in.readNBytes(max);
      if (bytes.length >= max) {
        throw new InvalidInputException("pilot.metadata.tooLarge");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The latest version of every attachment slot (not the test evidence), with metadata findings.
   */
  public List<AttachmentView> attachments(UserAccount account, long dossierId) {
    IntegrationDossier d = rights.readable(account, dossierId);
    List<AttachmentView> views = new ArrayList<>();
    for (AttachmentKind kind : AttachmentKind.values()) {
      DocumentVersion v = latest(d.getMunicipality().getId(), AttachmentSlot.of(d.getId(), kind));
      if (v == null) {
        continue;
      }
      List<Finding> findings = List.of();
      if (kind == AttachmentKind.SAML_METADATA) {
        findings = metadataFindings(v);
      }
      views.add(
          new AttachmentView(
              v.getSubmission().getId(),
              kind.name(),
              v.getId(),
              v.getVersionNumber(),
              v.getFileName(),
              v.getSize(),
              v.getMediaType(),
              v.getUploadedAt(),
              v.getUploadedBy(),
              findings));
    }
    return views;
  }

  /** Checked again on every view: certificates expire while the file stays the same. */
  private List<Finding> metadataFindings(DocumentVersion v) {
    try (InputStream in = store.open(v.getStorageKey())) {
      return SamlMetadataCheck.check(
          in.readNBytes(SamlMetadataCheck.MAX_BYTES_PUBLIC + 1), Instant.now());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Metadata of version " + v.getId() + " could not be read", e);
      return List.of(
          new Finding(
              Finding.Severity.WARNING,
              "UNREADABLE",
              0,
              "De metadata konden niet gelezen worden."));
    }
  }

  /** The latest version in a slot of the municipality's dossier attachments, or null. */
  DocumentVersion latest(long municipalityId, AttachmentSlot slot) {
    return em.createQuery(
            "SELECT v FROM DocumentVersion v WHERE v.submission.municipality.id = :m AND v.submission.slot = :s"
                + " ORDER BY v.versionNumber DESC",
            DocumentVersion.class)
        .setParameter("m", municipalityId)
        .setParameter("s", slot.key())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
