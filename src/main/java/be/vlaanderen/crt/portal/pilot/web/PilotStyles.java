package be.vlaanderen.crt.portal.pilot.web;

import be.vlaanderen.crt.portal.pilot.Finding;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Colours of states and findings on the pilot pages: {@code #{pilotStyles.severity(x)}}. */
@Named
@ApplicationScoped
public class PilotStyles {

  public String severity(Object value) {
    if (value instanceof IntegrationState state) {
      return switch (state) {
        case NOT_STARTED -> "secondary";
        case IN_PROGRESS -> "info";
        case TESTING -> "warning";
        case SUCCEEDED -> "success";
        case FAILED -> "danger";
      };
    }
    if (value instanceof Finding.Severity severity) {
      return switch (severity) {
        case ERROR -> "danger";
        case WARNING -> "warning";
        case INFO -> "info";
      };
    }
    return "secondary";
  }
}
