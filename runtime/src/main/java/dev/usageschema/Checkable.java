package dev.usageschema;

import dev.usageschema.validation.ValidUsage;
import java.util.List;

/**
 * What generated models and their builders have in common: they can list their violations
 * without throwing. A builder lists everything that would stop {@code build()}; a built model,
 * which has no errors, the warnings it was built with. Valid values return an empty list without
 * allocating.
 *
 * <p>The class-level constraint {@link ValidUsage} sits here, where Bean Validation finds it for
 * every implementation, so that generated classes carry no annotation that a processor would have
 * to claim.
 */
@ValidUsage
public interface Checkable {

    /** Every violation, errors and warnings, in property order; empty when valid. */
    List<Violation> violations();
}
