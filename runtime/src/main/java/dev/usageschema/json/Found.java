package dev.usageschema.json;

import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Every violation one read of a document has found, in the order found; the list is made at the
 * first one, so a clean read allocates none. A nested object's violations are added with paths
 * within it and then moved under its holder's path ({@link #moveUnder}).
 */
final class Found {

    private List<Violation> violations;

    void add(Violation violation) {
        if (violations == null) {
            violations = new ArrayList<>(4);
        }
        violations.add(violation);
    }

    /** {@return how many have been found so far: where the next object's violations start} */
    int size() {
        return violations == null ? 0 : violations.size();
    }

    /** {@return whether any violation from position {@code from} on is an error} */
    boolean hasErrorFrom(int from) {
        for (int position = from; position < size(); position++) {
            if (violations.get(position).isError()) {
                return true;
            }
        }
        return false;
    }

    /** Moves the violations from position {@code from} on under a holder's paths. */
    void moveUnder(int from, String wirePath, String propertyPath) {
        for (int position = from; position < size(); position++) {
            violations.set(position, violations.get(position).under(wirePath, propertyPath));
        }
    }

    /** {@return what was found; the list is the caller's from then on} */
    List<Violation> all() {
        return violations == null ? List.of() : violations;
    }
}
