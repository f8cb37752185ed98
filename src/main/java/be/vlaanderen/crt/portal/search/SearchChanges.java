package be.vlaanderen.crt.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/** Logs that a searchable document changed, in the transaction of the change itself. */
@ApplicationScoped
public class SearchChanges {

  public static final String LESSON = "LESSON";
  public static final String RESOURCE = "RESOURCE";
  public static final String SUBMISSION = "SUBMISSION";

  @PersistenceContext private EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(String kind, long id) {
    em.createNativeQuery(
            "INSERT INTO search_change (doc_type, doc_id, created_at) VALUES (?, ?, ?)")
        .setParameter(1, kind)
        .setParameter(2, id)
        .setParameter(3, Timestamp.from(Instant.now()))
        .executeUpdate();
  }
}
