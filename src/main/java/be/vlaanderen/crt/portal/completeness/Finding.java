package be.vlaanderen.crt.portal.completeness;

import java.io.Serializable;

/**
 * Something the completeness check noticed. {@code code} selects the message ({@code
 * completeness.finding.<code>}); row (1-based, as Excel shows it), column (its header) and section
 * say where.
 */
public record Finding(String code, Integer row, String column, String section)
    implements Serializable {

  public static Finding of(String code) {
    return new Finding(code, null, null, null);
  }

  public static Finding at(String code, int row, String column) {
    return new Finding(code, row, column, null);
  }

  public static Finding section(String code, String section) {
    return new Finding(code, null, null, section);
  }
}
