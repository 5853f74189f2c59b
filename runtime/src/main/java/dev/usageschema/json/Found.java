package dev.usageschema.json;

import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Every violation one read of a document has found, in the order found; the list is made at the
 * first one, so a clean read allocates none. A nested object's violations are added with paths
 * within it and then moved under its holder's path ({@link #moveUnder}).
 *
 * <p>At most {@link JsonReader#MAX_VIOLATIONS} are listed one by one, so that what a read holds
 * does not grow with a hostile document. The rest are counted, and one of them, the first error
 * among them or else the first warning, is listed last with their count: the verdict is the same
 * as if all were listed.
 */
final class Found {

    private List<Violation> violations;
    /** How many were found past the listed ones. */
    private int unlisted;
    /** The position of the last error past the listed ones; -1 when there is none. */
    private int lastUnlistedError = -1;
    /** The one that stands for those not listed, and its position. */
    private Violation standIn;
    private int standInAt;

    void add(Violation violation) {
        int position = size();
        if (position < JsonReader.MAX_VIOLATIONS) {
            if (violations == null) {
                violations = new ArrayList<>(4);
            }
            violations.add(violation);
            return;
        }
        unlisted++;
        if (violation.isError()) {
            lastUnlistedError = position;
        }
        if (standIn == null || violation.isError() && !standIn.isError()) {
            standIn = violation;
            standInAt = position;
        }
    }

    /** {@return how many have been found so far, listed or not: where the next object's violations start} */
    int size() {
        return listed() + unlisted;
    }

    private int listed() {
        return violations == null ? 0 : violations.size();
    }

    /** {@return whether any violation from position {@code from} on is an error} */
    boolean hasErrorFrom(int from) {
        for (int position = from; position < listed(); position++) {
            if (violations.get(position).isError()) {
                return true;
            }
        }
        return lastUnlistedError >= from;
    }

    /** Moves the violations from position {@code from} on under a holder's paths. */
    void moveUnder(int from, String wirePath, String propertyPath) {
        for (int position = from; position < listed(); position++) {
            violations.set(position, violations.get(position).under(wirePath, propertyPath));
        }
        if (standIn != null && standInAt >= from) {
            standIn = standIn.under(wirePath, propertyPath);
        }
    }

    /** {@return what was found; the list is the caller's from then on} */
    List<Violation> all() {
        if (violations == null) {
            return List.of();
        }
        if (unlisted > 0) {
            violations.add(unlisted == 1 ? standIn : new Violation(standIn.wirePath(), standIn.propertyPath(),
                    standIn.rule(), standIn.severity(), standIn.actual(), standIn.expected(), standIn.message()
                    + " (the first " + (standIn.isError() ? "error" : "warning") + " of " + unlisted
                    + " violations past the first " + JsonReader.MAX_VIOLATIONS + ", which are not listed)"));
        }
        return violations;
    }
}
