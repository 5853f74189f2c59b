package dev.usageschema.sum;

import dev.usageschema.Checkable;
import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A sum under way: the sum of the valid values so far, how many values came, and every error met,
 * each with the index of the value that brought it. A value that is not valid, or whose adding
 * fails, is left out of the sum and its errors kept, so one bad value hides no other.
 */
final class SumState<X, M extends X> {

    /** An error and the index of the value whose adding found it. */
    private record At(int index, Violation violation) {
        Violation located() {
            return violation.under("/" + index, "[" + index + "]");
        }
    }

    private final Adder<X, M> adder;
    private M sum;
    /** The warnings of {@code sum} when its last addition gave them; {@code null}: ask the model. */
    private List<Violation> warnings;
    private int count;
    private final List<Indexed> errors = new ArrayList<>();

    SumState(Adder<X, M> adder) {
        this.adder = adder;
    }

    void add(X value) {
        int index = count++;
        if (value == null) {
            errors.add(new Indexed(index, new Violation("", "", Rule.NOT_NULL, Severity.ERROR, null, "a " + adder.schema(),
                    "the " + adder.schema() + " to add is null")));
            return;
        }
        Validated<M> checked = adder.check(value);
        if (!checked.isValid()) {
            keepErrors(index, checked.violations());
        } else if (sum == null) {
            sum = checked.orElseThrow();
            warnings = null;
        } else {
            addModel(index, checked.orElseThrow());
        }
    }

    private void addModel(int index, M value) {
        Adding adding = new Adding();
        Validated<M> added = adder.add(sum, value, adding);
        keepErrors(index, adding.found());
        if (!added.isValid()) {
            keepErrors(index, added.violations());
        } else if (adding.size() == 0) {
            sum = added.orElseThrow();
            warnings = added.violations();
        }
    }

    private void keepErrors(int index, List<Violation> violations) {
        for (Violation violation : violations) {
            if (violation.isError()) {
                errors.add(new Indexed(index, violation));
            }
        }
    }

    /** Adds what another state summed, whose values came after this one's. */
    SumState<X, M> combine(SumState<X, M> later) {
        for (Indexed error : later.errors) {
            errors.add(new Indexed(count + error.index(), error.violation()));
        }
        if (later.sum != null) {
            if (sum == null) {
                sum = later.sum;
                warnings = later.warnings;
            } else {
                addModel(count, later.sum);
            }
        }
        count += later.count;
        return this;
    }

    Validated<M> result() {
        if (count == 0) {
            return Validated.invalid(adder.schema(), List.of(new Violation("", "", Rule.NOT_ADDABLE, Severity.ERROR, null,
                    "at least one " + adder.schema(), "there is no " + adder.schema() + " to add up")));
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(adder.schema(), errors.stream().map(Indexed::located).toList());
        }
        return Validated.valid(adder.schema(), sum, warnings != null ? warnings : ((Checkable) sum).violations());
    }
}
