package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;

/** Registers the carry-over of remarks to new versions at start-up: every half second. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CarryOverJob {

  static final String JOB = "carry-over";

  @Inject BackgroundJobs jobs;

  @Inject CarryOver carryOver;

  @PostConstruct
  void register() {
    jobs.every(JOB, Duration.ofSeconds(1), Duration.ofMillis(500), carryOver::drain);
  }
}
