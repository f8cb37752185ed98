package be.vlaanderen.crt.portal.kpi;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A KPI as a client adds it: a name, a known measure, a target in that measure's range. Checked by
 * the catalogue's own rules, every reason at once; each violation's template is the message key
 * followed by its arguments, separated by {@code |}, which the API's constraint mapper turns into
 * the person's language. A class-level constraint, because constraints on record components also
 * land on the canonical constructor's parameters, where Payara's OpenAPI generator fails on them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidKpiInput.Validator.class)
public @interface ValidKpiInput {

  String message() default "kpi.invalid";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Validates a new KPI; a change (which may leave out what it does not change) is the service's.
   */
  class Validator implements ConstraintValidator<ValidKpiInput, KpiCatalogue.KpiInput> {

    @Override
    public boolean isValid(KpiCatalogue.KpiInput in, ConstraintValidatorContext context) {
      if (in == null) {
        return true;
      }
      var reasons = KpiCatalogue.reasonsToRefuse(in);
      if (reasons.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      for (InvalidInputException reason : reasons) {
        context.buildConstraintViolationWithTemplate(template(reason)).addConstraintViolation();
      }
      return false;
    }

    private static String template(InvalidInputException reason) {
      return Stream.concat(
              Stream.of(reason.key()), Arrays.stream(reason.arguments()).map(String::valueOf))
          .collect(Collectors.joining("|"));
    }
  }
}
