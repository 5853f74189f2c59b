package dev.usageschema.runtime;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.List;

/** One {@code @AtMost}: a checked count is at most a checked bound. Absent or invalid sides skip it. */
public final class BoundRule {

    private final Property bounded;
    private final Property bound;
    private final Severity severity;

    private BoundRule(Property bounded, Property bound, Severity severity) {
        this.bounded = bounded;
        this.bound = bound;
        this.severity = severity;
    }

    public static BoundRule of(Severity severity, Property bounded, Property bound) {
        return new BoundRule(bounded, bound, severity);
    }

    public boolean breaks(long value, long boundValue) {
        // Above a valid bound is never a marker: the markers of absent and invalid counts are negative.
        return boundValue >= 0 && value > boundValue;
    }

    public Violation violation(long value, long boundValue) {
        return Violation.described(Rule.AT_MOST, severity, value, new AtMostWords(bounded, bound, value, boundValue));
    }

    /** {@code found}, with the violation added when the checked {@code value} breaks the rule. */
    public List<Violation> report(List<Violation> found, long value, long boundValue) {
        return breaks(value, boundValue) ? Violations.add(found, violation(value, boundValue)) : found;
    }
}
