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
        return nested instanceof Counted counted ? counted.$countsAbove(found, rule, bound) : found;
    }

    /**
     * {@link #above(List, NestedBoundRule, long, Object)} for {@code nested} as the {@code child} of a
     * model {@code rule} leads to. The rule's path into the child is made only when a count breaks
     * it, so that a valid value makes no path.
     *
     * @param found  the violations found so far, or {@code null}
     * @param rule   the parent's bound, leading to the model that holds {@code nested}
     * @param child  the property of that model that holds {@code nested}
     * @param bound  the parent's checked count
     * @param nested the nested value, or {@code null}
     * @return {@code found} with the violations added
     */
    public static List<Violation> above(List<Violation> found, NestedBoundRule rule, Property child, long bound,
            Object nested) {
        return nested instanceof Counted counted ? probed(found, counted, rule, child, -1, bound) : found;
    }

    /**
     * A nested model asked under a probing rule once; else probed (one walk), and walked again with
     * the path to {@code child} (and its element at {@code index}, when not negative) only when a
     * count breaks the rule. {@code child} {@code null}: the value the rule itself leads to.
     */
    static List<Violation> probed(List<Violation> found, Counted counted, NestedBoundRule rule, Property child,
            int index, long bound) {
        if (rule.probing()) {
            return counted.$countsAbove(found, rule, bound);
        }
        if (counted.$countsAbove(null, rule.probe(), bound) == null) {
            return found;
        }
        NestedBoundRule path = child == null ? rule : rule.into(child);
        return counted.$countsAbove(found, index < 0 ? path : path.atIndex(index), bound);
    }
}
