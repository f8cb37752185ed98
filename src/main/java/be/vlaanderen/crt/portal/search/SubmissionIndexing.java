package be.vlaanderen.crt.portal.search;

import be.vlaanderen.crt.portal.documents.VersionRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A new version changes what the internal search finds in its submission. The change is logged in
 * the version's own transaction: a version is never committed without its search change.
 */
@ApplicationScoped
public class SubmissionIndexing {

  @Inject SearchChanges changes;

  void versionRecorded(@Observes VersionRecorded recorded) {
    changes.changed(SearchChanges.SUBMISSION, recorded.submissionId());
  }
}
