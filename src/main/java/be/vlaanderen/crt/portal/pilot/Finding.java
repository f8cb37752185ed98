package be.vlaanderen.crt.portal.pilot;

/**
 * One finding of a technical check.
 *
 * @param line the line in the uploaded file (1-based), or 0 when it concerns the whole file or a
 *     setting
 * @param message Dutch, precise: what is wrong and where
 */
public record Finding(Severity severity, String code, int line, String message) {

  /** How serious a finding is. */
  public enum Severity {
    ERROR,
    WARNING,
    INFO
  }
}
