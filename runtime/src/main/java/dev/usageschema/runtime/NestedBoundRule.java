package dev.usageschema.runtime;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.List;

/**
 * One {@code @AtMost} on a nested schema: every count of the nested object, at every depth, is at
 * most a count of the holder. The nested model reports each count above the bound through
 * {@link #violation}, with paths below the holder.
 */
public final class NestedBoundRule {

    private final Severity severity;
    private final String wirePath;
    private final String propertyPath;
    private final Property bound;
    /** The same rule for asking only whether any count breaks it; itself when this is that. */
    private final NestedBoundRule probe;

    private NestedBoundRule(Severity severity, String wirePath, String propertyPath, Property bound) {
        this.severity = severity;
        this.wirePath = wirePath;
        this.propertyPath = propertyPath;
        this.bound = bound;
        this.probe = new NestedBoundRule(this);
    }

    private NestedBoundRule(NestedBoundRule rule) {
        this.severity = rule.severity;
        this.wirePath = rule.wirePath;
        this.propertyPath = rule.propertyPath;
        this.bound = rule.bound;
        this.probe = this;
    }

    /**
     * The rule as {@link NestedCounts} and {@link NestedLists} ask with it whether a nested value has a
     * count above the bound: its paths are not extended, and a value nested in that value is asked once,
     * not probed again, so that the question costs one walk of the value however deep it nests.
     */
    NestedBoundRule probe() {
        return probe;
    }

    /** Whether this is the {@link #probe()}, whose violations only say that there are some. */
    boolean probing() {
        return probe == this;
    }

    /** Every count of what {@code holder} holds is at most {@code bound}. */
    public static NestedBoundRule of(Severity severity, Property holder, Property bound) {
        return new NestedBoundRule(severity, holder.wirePath(), holder.propertyPath(), bound);
    }

    /** The same rule, for the counts of an object nested one level deeper, at {@code child}. */
    public NestedBoundRule into(Property child) {
        return new NestedBoundRule(severity, wirePath + child.wirePath(), propertyPath + "." + child.propertyPath(), bound);
    }

    /** The same rule, for the counts of the element at {@code index} of the list it bounds. */
    public NestedBoundRule atIndex(int index) {
        return new NestedBoundRule(severity, wirePath + "/" + index, propertyPath + "[" + index + "]", bound);
    }

    /** Whether a checked count breaks the rule (absent or invalid sides do not). */
    public boolean breaks(long value, long boundValue) {
        // Above a valid bound is never a marker: the markers of absent and invalid counts are negative.
        return boundValue >= 0 && value > boundValue;
    }

    /** {@code found}, with the violation of {@code count} added when its checked {@code value} breaks the rule. */
    public List<Violation> report(List<Violation> found, Property count, long value, long boundValue) {
        return breaks(value, boundValue) ? Violations.add(found, violation(count, value, boundValue)) : found;
    }

    /**
     * As {@link #report(List, Property, long, long)}, for a count of a built model, {@code value}
     * when {@code given}: a built model's counts are valid, so they need no checking again.
     */
    public List<Violation> report(List<Violation> found, Property count, boolean given, long value, long boundValue) {
        return given ? report(found, count, value, boundValue) : found;
    }

    /** As {@link #report(List, Property, boolean, long, long)}: a valid floating count is a whole number within 2^53. */
    public List<Violation> report(List<Violation> found, Property count, boolean given, double value, long boundValue) {
        return given ? report(found, count, (long) value, boundValue) : found;
    }

    /** As {@link #report(List, Property, boolean, long, long)}, for a boxed count, absent when {@code null}. */
    public List<Violation> report(List<Violation> found, Property count, Number value, long boundValue) {
        return value != null ? report(found, count, value.longValue(), boundValue) : found;
    }

    /** The violation of {@code count}, a property of the nested object, whose checked value is above the bound. */
    public Violation violation(Property count, long value, long boundValue) {
        return Violation.described(Rule.AT_MOST, severity, value, new AtMostWords(count, bound, value, boundValue) {
            @Override
            public String wirePath() {
                return wirePath + count.wirePath();
            }

            @Override
            public String propertyPath() {
                return propertyPath + "." + count.propertyPath();
            }
        });
    }
}
