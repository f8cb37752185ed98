package be.vlaanderen.crt.portal.search;

import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.VersionListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** A new version changes what the internal search finds in its submission. */
@ApplicationScoped
public class SubmissionIndexing implements VersionListener {

  @PersistenceContext private EntityManager em;

  @Inject SearchChanges changes;

  @Override
  @Transactional
  public void versionAdded(long versionId) {
    DocumentVersion version = em.find(DocumentVersion.class, versionId);
    if (version != null) {
      changes.changed(SearchChanges.SUBMISSION, version.getSubmission().getId());
    }
  }
}
