package be.vlaanderen.crt.portal.municipality;

import be.vlaanderen.crt.portal.organisation.Province;
import java.io.Serializable;
import java.util.List;

/**
 * One line of an import file as read, with what is wrong with it. {@code errors} are message keys
 * ({@code import.error.*}); a row with errors is shown in the preview and never imported.
 *
 * @param line the line (CSV) or row (XLSX) number as the user's program shows it
 */
public record ImportRow(
    int line,
    String name,
    Province province,
    Integer population,
    String contactName,
    String email,
    List<String> errors)
    implements Serializable {

  public boolean valid() {
    return errors.isEmpty();
  }
}
