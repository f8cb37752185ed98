package be.vlaanderen.crt.portal.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation's reasons in the person's language, for the API and the pages alike. A
 * constraint's message template is a key of the portal's messages with its arguments after {@code
 * |} ({@code kpi.nameTooLong|120}); numbers stay numbers, so they are written in the person's way.
 */
public final class ConstraintMessages {

  private ConstraintMessages() {}

  /** Every distinct reason of the refusal, in a stable order (by the property they are about). */
  public static List<String> reasons(ConstraintViolationException refusal, Locale locale) {
    return refusal.getConstraintViolations().stream()
        .sorted(Comparator.comparing(v -> String.valueOf(v.getPropertyPath())))
        .map(v -> reason(v, locale))
        .distinct()
        .toList();
  }

  /** One violation's message. */
  public static String reason(ConstraintViolation<?> violation, Locale locale) {
    String[] parts = violation.getMessageTemplate().split("\\|", -1);
    if (!Messages.has(locale, parts[0])) {
      return violation.getPropertyPath() + ": " + violation.getMessage();
    }
    Object[] arguments = new Object[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      arguments[i - 1] = parts[i].matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(parts[i]) : parts[i];
    }
    return Messages.get(locale, parts[0], arguments);
  }
}
