package be.vlaanderen.crt.portal.storage;

import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every hour (first a minute after start): abort multipart uploads that were begun more than a day
 * ago and never completed, so the parts a crashed upload left in the object store do not pile up.
 * (The MinIO client already aborts an upload that fails while the portal runs.)
 */
@Singleton
@Startup
public class StorageJobs {

  private static final Logger LOG = Logger.getLogger(StorageJobs.class.getName());
  static final String JOB = "stale-uploads";

  @Inject BackgroundJobs jobs;

  @Inject ObjectStore store;

  @PostConstruct
  void register() {
    jobs.every(
        JOB,
        Duration.ofMinutes(1),
        Duration.ofHours(1),
        () -> {
          int aborted = store.abortUploadsOlderThan(Instant.now().minus(Duration.ofDays(1)));
          if (aborted > 0) {
            LOG.info(() -> "Aborted " + aborted + " multipart uploads left incomplete");
          }
        });
  }
}
