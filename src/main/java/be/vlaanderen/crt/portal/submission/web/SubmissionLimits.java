package be.vlaanderen.crt.portal.submission.web;

import be.vlaanderen.crt.portal.documents.DocumentIntake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The upload limit for pages' client-side checks: {@code #{submissionLimits.maxBytes}}. */
@Named
@ApplicationScoped
public class SubmissionLimits {

  @Inject DocumentIntake intake;

  public long getMaxBytes() {
    return intake.maxBytes();
  }
}
