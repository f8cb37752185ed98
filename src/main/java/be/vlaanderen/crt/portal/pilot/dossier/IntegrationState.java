package be.vlaanderen.crt.portal.pilot.dossier;

import java.util.EnumSet;
import java.util.Set;

/** Where an integration stands on one building block and environment. */
public enum IntegrationState {
  NOT_STARTED,
  IN_PROGRESS,
  TESTING,
  SUCCEEDED,
  FAILED;

  /** The states this one may move to, on its own environment. */
  public Set<IntegrationState> next() {
    return switch (this) {
      case NOT_STARTED -> EnumSet.of(IN_PROGRESS);
      case IN_PROGRESS -> EnumSet.of(TESTING, FAILED);
      case TESTING -> EnumSet.of(SUCCEEDED, FAILED, IN_PROGRESS);
      case SUCCEEDED -> EnumSet.of(TESTING, FAILED);
      case FAILED -> EnumSet.of(IN_PROGRESS, TESTING);
    };
  }
}
