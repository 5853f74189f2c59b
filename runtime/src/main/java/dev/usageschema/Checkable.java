package dev.usageschema;

import java.util.List;

/**
 * What generated models and their builders have in common: they can list their violations
 * without throwing. A builder lists everything that would stop {@code build()}; a built model,
 * which has no errors, the warnings it was built with. Valid values return an empty list without
 * allocating.
 */
public interface Checkable {

    /** Every violation, errors and warnings, in property order; empty when valid. */
    List<Violation> violations();
}
