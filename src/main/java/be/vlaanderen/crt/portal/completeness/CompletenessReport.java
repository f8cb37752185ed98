package be.vlaanderen.crt.portal.completeness;

import java.io.Serializable;
import java.util.List;

/** The outcome of a completeness check with its findings (empty when complete). */
public record CompletenessReport(Outcome outcome, List<Finding> findings) implements Serializable {

  /** What the check concluded. */
  public enum Outcome {
    COMPLETE,
    INCOMPLETE,
    /** The format or size is outside what the check reads; a reviewer looks at it as usual. */
    NOT_CHECKED,
    /** The file could not be read for the check (damaged, protected, too repetitive). */
    UNREADABLE
  }

  public static CompletenessReport of(List<Finding> findings) {
    return new CompletenessReport(
        findings.isEmpty() ? Outcome.COMPLETE : Outcome.INCOMPLETE, List.copyOf(findings));
  }

  public static CompletenessReport notChecked(String reason) {
    return new CompletenessReport(Outcome.NOT_CHECKED, List.of(Finding.of(reason)));
  }

  public static CompletenessReport unreadable(String reason) {
    return new CompletenessReport(Outcome.UNREADABLE, List.of(Finding.of(reason)));
  }
}
