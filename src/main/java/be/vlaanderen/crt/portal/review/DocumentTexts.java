package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.extraction.TextExtractor;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The extracted text of each version, the thing remarks are anchored to. Derived data: extracted
 * from the object on first use and kept in {@code document_text}, so every reader sees the same
 * text and the same offsets.
 */
@ApplicationScoped
public class DocumentTexts {

  @PersistenceContext private EntityManager em;

  @Inject ObjectStore store;

  /**
   * The text of a version (no access check: callers have checked the version).
   *
   * @throws UncheckedIOException the document cannot be parsed
   */
  @Transactional
  public ExtractedText of(DocumentVersion version) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT blocks, plain_text, truncated FROM document_text WHERE version_id = ?")
            .setParameter(1, version.getId())
            .getResultList();
    if (!rows.isEmpty()) {
      Object[] row = rows.get(0);
      return ExtractedText.fromJson(
          (String) row[0], (String) row[1], Boolean.TRUE.equals(toBoolean(row[2])));
    }
    ExtractedText text;
    try (InputStream in = store.open(version.getStorageKey())) {
      text = TextExtractor.extract(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    em.createNativeQuery(
            "INSERT IGNORE INTO document_text (version_id, blocks, plain_text, truncated, extracted_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, version.getId())
        .setParameter(2, text.blocksJson())
        .setParameter(3, text.plain())
        .setParameter(4, text.truncated())
        .setParameter(5, Timestamp.from(Instant.now()))
        .executeUpdate();
    return text;
  }

  private static Boolean toBoolean(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }
}
