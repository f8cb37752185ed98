package be.vlaanderen.crt.portal.platform;

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
 * The Bean Validation constraint of a {@link CheckedInput}: one violation per reason, whose
 * template is the message key followed by its arguments, separated by {@code |}, which {@link
 * ConstraintMessages} turns into the person's language. A class-level constraint, because
 * constraints on record components also land on the canonical constructor's parameters, where
 * Payara's OpenAPI generator fails on them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidInput.Validator.class)
public @interface ValidInput {

  String message() default "error.invalidInput";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Asks the input for its reasons. */
  class Validator implements ConstraintValidator<ValidInput, CheckedInput> {

    @Override
    public boolean isValid(CheckedInput in, ConstraintValidatorContext context) {
      if (in == null) {
        return true;
      }
      var reasons = in.reasonsToRefuse();
      if (reasons.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      for (int i = 0; i < reasons.size(); i++) {
        // Numbered in the order of the form, so the reasons are told in that order
        // (ConstraintMessages sorts by property path; the violations themselves are a set).
        context
            .buildConstraintViolationWithTemplate(template(reasons.get(i)))
            .addPropertyNode(String.format(java.util.Locale.ROOT, "reason%02d", i + 1))
            .addConstraintViolation();
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
