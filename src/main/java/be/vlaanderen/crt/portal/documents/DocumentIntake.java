package be.vlaanderen.crt.portal.documents;

import be.vlaanderen.crt.portal.documents.UploadRefusedException.Reason;
import be.vlaanderen.crt.portal.extraction.DocumentType;
import be.vlaanderen.crt.portal.extraction.StructureCheck;
import be.vlaanderen.crt.portal.extraction.TypeDetector;
import be.vlaanderen.crt.portal.extraction.TypePolicy;
import be.vlaanderen.crt.portal.storage.ContentKeys;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The way every document enters the portal (submissions, workshop materials): stage to a temporary
 * file while hashing and counting → refuse empty or oversize → detect the type from content → judge
 * it → look inside (damaged, password-protected, zip bomb: {@link StructureCheck}) → write the
 * object under its content key. Nothing is written for a refused file; the caller records the row
 * afterwards.
 */
@ApplicationScoped
public class DocumentIntake {

  @Inject TypeDetector detector;

  @Inject ObjectStore store;

  @Inject
  @ConfigProperty(name = "crt.upload.max-bytes")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "crt.upload.temp-dir")
  Optional<String> tempDir;

  /**
   * A stored document and what the caller's inspection of the staged file found.
   *
   * @param originalFileName the name as sent, with invisible characters made visible (for display)
   * @param fileName the cleaned name with the detected type's extension (for downloads)
   */
  public record Accepted<T>(
      String originalFileName,
      String fileName,
      long size,
      String sha256,
      DocumentType type,
      String storageKey,
      T inspection) {}

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Takes in a document.
   *
   * @param inspect runs on the stored file before the temporary copy is deleted (e.g. a
   *     completeness check)
   * @throws UploadRefusedException the file is refused; nothing was written
   * @throws be.vlaanderen.crt.portal.storage.StorageUnavailableException the object store failed
   */
  public <T> Accepted<T> accept(
      String originalName, InputStream content, BiFunction<DocumentType, Path, T> inspect) {
    return accept(originalName, content, DocumentType.OFFICE, inspect);
  }

  /** Takes in a document of one of the {@code allowed} types (a pilot dossier takes more). */
  public <T> Accepted<T> accept(
      String originalName,
      InputStream content,
      java.util.Set<DocumentType> allowed,
      BiFunction<DocumentType, Path, T> inspect) {
    String fileName = FileNames.sanitise(originalName);
    if (content == null) {
      throw new UploadRefusedException(Reason.NO_FILE);
    }
    try (StagedUpload staged = StagedUpload.stage(content, maxBytes, stagingDirectory())) {
      if (staged.size() == 0) {
        throw new UploadRefusedException(Reason.EMPTY, fileName);
      }
      String detected;
      try {
        detected = detector.detect(staged.path());
      } catch (UncheckedIOException e) {
        throw new UploadRefusedException(Reason.UNSUPPORTED_TYPE, fileName, "", "OTHER");
      }
      TypePolicy.Verdict verdict = TypePolicy.judge(detected, fileName, allowed);
      if (!verdict.accepted()
          && StructureCheck.archive(staged.path(), StructureCheck.Limits.DEFAULT)
              == StructureCheck.Problem.INFLATES_TOO_MUCH) {
        // An archive too large for type detection to recognise: say what it really is.
        throw new UploadRefusedException(
            Reason.INFLATES_TOO_MUCH,
            fileName,
            "ZIP",
            Long.toString(StructureCheck.Limits.DEFAULT.maxInflatedBytes() / (1024 * 1024)));
      }
      if (!verdict.accepted()) {
        throw new UploadRefusedException(
            Reason.valueOf(verdict.refusal().name()),
            fileName,
            verdict.claimedExtension(),
            verdict.actual());
      }
      StructureCheck.Problem problem =
          StructureCheck.inspect(verdict.type(), staged.path(), StructureCheck.Limits.DEFAULT);
      if (problem != null) {
        throw new UploadRefusedException(
            Reason.valueOf(problem.name()),
            fileName,
            verdict.type().label(),
            Long.toString(StructureCheck.Limits.DEFAULT.maxInflatedBytes() / (1024 * 1024)));
      }
      String key = ContentKeys.forSha256(staged.sha256());
      store.putIfAbsent(key, staged.path(), staged.size(), verdict.type().mediaType());
      T inspection = inspect == null ? null : inspect.apply(verdict.type(), staged.path());
      return new Accepted<>(
          FileNames.displayable(originalName),
          FileNames.withExtension(fileName, verdict.type().extension()),
          staged.size(),
          staged.sha256(),
          verdict.type(),
          key,
          inspection);
    } catch (StagedUpload.TooLargeException e) {
      throw new UploadRefusedException(
          Reason.TOO_LARGE, fileName, Long.toString(e.maxBytes() / (1024 * 1024)));
    }
  }

  private Path stagingDirectory() {
    return Path.of(tempDir.filter(d -> !d.isBlank()).orElse(System.getProperty("java.io.tmpdir")));
  }
}
