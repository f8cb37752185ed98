package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.extraction.TextExtraction;
import be.vlaanderen.crt.portal.extraction.TextUnavailableException;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The extracted text of each version, the thing remarks are anchored to. Derived data: extracted
 * from the object on first use and kept in {@code document_text}, so every reader sees the same
 * text and the same offsets. A version whose text cannot be extracted is recorded as such (status
 * {@code FAILED} with the reason), so it is not parsed again on every view.
 *
 * <p>Two kinds of failure are kept apart: the object store being unreachable is an outage ({@link
 * StorageUnavailableException}, nothing recorded, try again later); a document that cannot be
 * parsed is a fact ({@link TextUnavailableException}, recorded).
 */
@ApplicationScoped
public class DocumentTexts {

  static final String OK = "OK";
  static final String FAILED = "FAILED";

  @PersistenceContext private EntityManager em;

  @Inject ObjectStore store;

  @Inject TextExtraction extraction;

  /**
   * The text of a version (no access check: callers have checked the version).
   *
   * @throws TextUnavailableException the document cannot be parsed (recorded)
   * @throws StorageUnavailableException the object could not be read now (nothing recorded)
   */
  @Transactional(dontRollbackOn = TextUnavailableException.class)
  public ExtractedText of(DocumentVersion version) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT blocks, plain_text, truncated, status, failure FROM document_text WHERE version_id = ?")
            .setParameter(1, version.getId())
            .getResultList();
    if (!rows.isEmpty()) {
      Object[] row = rows.get(0);
      if (FAILED.equals(row[3])) {
        throw new TextUnavailableException(
            (String) row[4], new IOException("Recorded as not extractable"));
      }
      return ExtractedText.fromJson(
          (String) row[0], (String) row[1], Boolean.TRUE.equals(toBoolean(row[2])));
    }
    Path local = fetch(version);
    try {
      ExtractedText text = extraction.extract(local);
      store(version.getId(), text.blocksJson(), text.plain(), text.truncated(), OK, null);
      return text;
    } catch (TextUnavailableException e) {
      store(version.getId(), "[]", "", false, FAILED, e.reason());
      throw e;
    } finally {
      deleteQuietly(local);
    }
  }

  /**
   * Forgets a recorded extraction failure of a version, so the next reader extracts again (after
   * the cause was fixed: a larger time limit, a new Tika). Answers whether there was one.
   */
  @Transactional
  public boolean forgetFailure(long versionId) {
    return em.createNativeQuery("DELETE FROM document_text WHERE version_id = ? AND status = ?")
            .setParameter(1, versionId)
            .setParameter(2, FAILED)
            .executeUpdate()
        > 0;
  }

  /** Copies the object to a local file first: an outage mid-read is an outage, not a bad file. */
  private Path fetch(DocumentVersion version) {
    Path local;
    try {
      local = Files.createTempFile("text-", ".bin");
    } catch (IOException e) {
      throw new StorageUnavailableException("No room for a temporary copy", e);
    }
    try (InputStream in = store.open(version.getStorageKey())) {
      Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
      return local;
    } catch (IOException | RuntimeException e) {
      deleteQuietly(local);
      if (e instanceof RuntimeException runtime && !(e instanceof java.io.UncheckedIOException)) {
        throw runtime;
      }
      throw new StorageUnavailableException("Reading " + version.getStorageKey() + " failed", e);
    }
  }

  private void store(
      long versionId,
      String blocks,
      String plain,
      boolean truncated,
      String status,
      String failure) {
    em.createNativeQuery(
            "INSERT IGNORE INTO document_text (version_id, blocks, plain_text, truncated, extracted_at, status, failure)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, versionId)
        .setParameter(2, blocks)
        .setParameter(3, plain)
        .setParameter(4, truncated)
        .setParameter(5, Timestamp.from(Instant.now()))
        .setParameter(6, status)
        .setParameter(7, failure == null ? null : abbreviate(failure, 500))
        .executeUpdate();
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  private static Boolean toBoolean(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }
}
