package dev.usageschema.runtime;

import dev.usageschema.Violation;
import java.util.List;

/**
 * A parent's {@code @AtMost} on a nested schema, asked of the nested value through its
 * {@link Counted} model. A value of another implementation is none: the parent keeps one only when
 * its conversion to the model was rejected, and reports that instead.
 */
public final class NestedCounts {

    private NestedCounts() {
    }

    /**
     * {@return the largest count {@code nested} holds at any depth, or a negative {@link Counts}
     * marker when it holds none or is no model}
     * @param nested the nested value, or {@code null}
     */
    public static long maxCount(Object nested) {
        return nested instanceof Counted counted ? counted.$maxCount() : Counts.ABSENT;
    }

    /**
     * Adds to {@code found} a violation of {@code rule} for each count of {@code nested}, at any
     * depth, above {@code bound}.
     *
     * @param found  the violations found so far, or {@code null}
     * @param rule   the parent's bound, leading to {@code nested}
     * @param bound  the parent's checked count
     * @param nested the nested value, or {@code null}
     * @return {@code found} with the violations added
     */
    public static List<Violation> above(List<Violation> found, NestedBoundRule rule, long bound, Object nested) {
        if (nested instanceof Counted counted && rule.breaks(counted.$maxCount(), bound)) {
            return counted.$countsAbove(found, rule, bound);
        }
        return found;
    }
}
