package be.vlaanderen.crt.portal.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * An input record that knows every reason to refuse itself, by the same rules its service applies
 * one at a time. Marked {@link ValidInput}, it is checked by Bean Validation where it comes in: by
 * JAX-RS for a request body ({@code @Valid}) and by the service method for a page's form
 * ({@code @Valid} on the parameter), so the person hears all the reasons at once.
 */
public interface CheckedInput {

  /** Every reason, in the order of the form; empty when the input is acceptable. */
  List<InvalidInputException> reasonsToRefuse();

  /** Collects the refusals of several checks instead of stopping at the first. */
  final class Reasons {

    private final List<InvalidInputException> found = new ArrayList<>();

    /** Runs a check of the service's; its refusal is kept. */
    public Reasons check(Runnable check) {
      try {
        check.run();
      } catch (InvalidInputException e) {
        found.add(e);
      }
      return this;
    }

    public List<InvalidInputException> list() {
      return List.copyOf(found);
    }
  }
}
