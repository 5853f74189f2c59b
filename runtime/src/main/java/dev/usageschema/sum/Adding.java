package dev.usageschema.sum;

import dev.usageschema.AbsentInSum;
import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One addition of two values, as the generated {@code $add} of an {@code @Addable} schema walks it
 * property by property: what each property's presence makes of it ({@link #combine}), the sums
 * with their overflow, the agreement of what must agree, and every violation found on the way,
 * at the property's path in the sum. A cumulative addition (a later chunk of a
 * {@link dev.usageschema.StreamStyle#CUMULATIVE} stream onto the earlier ones) takes the second
 * value of each count it gives, never less than the first, and keeps the first where the second
 * gives none or {@code null}.
 */
public final class Adding {

    /** Keep the first value's state of the property: its value, its {@code null}, or its absence. */
    public static final int KEEP = 0;
    /** Both values give the property: add them. */
    public static final int SUM = 1;
    /** Only the second value gives the property: take the second's. */
    public static final int SECOND = 2;

    private AbsentInSum absent = AbsentInSum.ADDS_NOTHING;
    private final boolean cumulative;
    private final Severity decrease;
    private List<Violation> found;

    /** An addition of two values. */
    Adding() {
        this(false, Severity.ERROR);
    }

    /**
     * @param cumulative whether the second value is a later running total of the first
     * @param decrease   what a count that goes down is, when cumulative
     */
    Adding(boolean cumulative, Severity decrease) {
        this.cumulative = cumulative;
        this.decrease = decrease;
    }

    /**
     * Sets what an absent property means while one schema's properties are added; a generated
     * addition sets its schema's rule first and puts the one it replaces back last.
     *
     * @param rule the schema's rule
     * @return the rule it replaces
     */
    public AbsentInSum absent(AbsentInSum rule) {
        AbsentInSum before = absent;
        absent = rule;
        return before;
    }

    /**
     * {@return whether a derived total is derived again from the sum's parts rather than added}: in a
     * cumulative stream a chunk's derived total counts only what that chunk gives, so it is no
     * running total. For generated code.
     */
    public boolean derivesAgain() {
        return cumulative;
    }

    /**
     * What to do with a property that can be added, from whether each value gives it and as
     * {@code null}: {@link #SUM}, {@link #SECOND} or {@link #KEEP}; a {@code null} beside anything but
     * {@code null}, or an absence beside a value when the schema says so, is a violation and keeps
     * the first's.
     *
     * @param property the property
     * @param firstGiven  whether the first value gives it
     * @param firstNull   whether the first gives it as {@code null} (read only when it gives it)
     * @param secondGiven whether the second value gives it
     * @param secondNull  whether the second gives it as {@code null}
     * @return what to do
     */
    public int combine(Property property, boolean firstGiven, boolean firstNull, boolean secondGiven,
            boolean secondNull) {
        return combine(property, firstGiven, firstNull, secondGiven, secondNull, false);
    }

    /**
     * As {@link #combine}, for a property of a schema whose {@code null} adds nothing
     * ({@link dev.usageschema.NullInSum#ADDS_NOTHING}): {@code null} beside a value takes the value,
     * and {@code null} beside an absence is {@link #SECOND} when the second gives the {@code null}, so
     * that the sum takes it (the generated code then copies the second's state, its {@code null} too).
     *
     * @param property    the property
     * @param firstGiven  whether the first value gives it
     * @param firstNull   whether the first gives it as {@code null} (read only when it gives it)
     * @param secondGiven whether the second value gives it
     * @param secondNull  whether the second gives it as {@code null}
     * @return what to do
     */
    public int combineNullAsNothing(Property property, boolean firstGiven, boolean firstNull, boolean secondGiven,
            boolean secondNull) {
        return combine(property, firstGiven, firstNull, secondGiven, secondNull, true);
    }

    private int combine(Property property, boolean firstGiven, boolean firstNull, boolean secondGiven,
            boolean secondNull, boolean nullAddsNothing) {
        firstNull &= firstGiven;
        secondNull &= secondGiven;
        boolean first = firstGiven && !firstNull;
        boolean second = secondGiven && !secondNull;
        if (cumulative) {
            // A chunk that leaves a count out, or gives it as null, does not report it: the earlier stays.
            return !second ? KEEP : first ? SUM : SECOND;
        }
        if (first && second) {
            return SUM;
        }
        if (nullAddsNothing && firstGiven != secondGiven && absent == AbsentInSum.VIOLATION) {
            add(notAddable(property, null, "is given in one value and absent in the other; the schema adds only"
                    + " what both give"));
            return KEEP;
        }
        if (nullAddsNothing) {
            // A null adds nothing: the sum is the one value there is, else the null there is, else the absence.
            return !secondGiven || firstGiven && !second ? KEEP : SECOND;
        }
        if (firstNull != secondNull) {
            String other = (firstNull ? secondGiven : firstGiven) ? "a value" : "absent";
            add(notAddable(property, null, "is null in one value and " + other + " in the other; a null count is"
                    + " never taken for 0"));
            return KEEP;
        }
        if (first == second) {
            return KEEP;
        }
        if (absent == AbsentInSum.VIOLATION) {
            add(notAddable(property, null, "is given in one value and absent in the other; the schema adds only"
                    + " what both give"));
            return KEEP;
        }
        return first ? KEEP : SECOND;
    }

    /** As {@link #add(Property, long, long, long)}, for {@code long} counts, whose largest value is {@code Long.MAX_VALUE}. */
    public long add(Property property, long first, long second) {
        return add(property, first, second, Long.MAX_VALUE);
    }

    /**
     * {@return {@code first + second}, or {@code first} with an {@link Rule#OVERFLOW} when the sum
     * is past {@code max}} For counts held in {@code long} and {@code int}.
     * @param property the count
     * @param first    the first value's
     * @param second   the second value's
     * @param max      the largest value the count's type holds
     */
    public long add(Property property, long first, long second, long max) {
        if (cumulative) {
            return later(property, first, second);
        }
        long sum = first + second;
        // Past the range of long exactly when both have one sign and the sum the other.
        if (((first ^ sum) & (second ^ sum)) < 0 || sum > max) {
            return overflow(property, BigInteger.valueOf(first).add(BigInteger.valueOf(second)), false, max, first);
        }
        return sum;
    }

    /**
     * {@return {@code first + second}, or {@code first} with an {@link Rule#OVERFLOW} when the sum
     * is past {@code max}} For counts held in {@code double}, exact up to 2^53.
     * @param property the count
     * @param first    the first value's
     * @param second   the second value's
     * @param max      the largest whole number the count holds exactly
     */
    public double add(Property property, double first, double second, long max) {
        if (cumulative) {
            return later(property, first, second);
        }
        double sum = first + second;
        // At 2^53 a double may already have rounded the sum down onto the bound: judge the exact sum there.
        if (sum >= max && Double.isFinite(first) && Double.isFinite(second)) {
            BigDecimal exact = new BigDecimal(first).add(new BigDecimal(second));
            if (exact.compareTo(BigDecimal.valueOf(max)) > 0) {
                return overflow(property, exact, false, max, first);
            }
        }
        return sum;
    }

    /**
     * {@return the sum of two whole numbers that are not counts, or the first with an
     * {@link Rule#OVERFLOW} at the bound it passes when it is outside {@code [min, max]}}
     * @param property the number
     * @param first    the first value's
     * @param second   the second value's
     * @param min      the smallest value the number's type holds
     * @param max      the largest
     */
    public long addNumber(Property property, long first, long second, long min, long max) {
        if (cumulative) {
            return later(property, first, second);
        }
        long sum = first + second;
        if (((first ^ sum) & (second ^ sum)) < 0 || sum < min || sum > max) {
            BigInteger exact = BigInteger.valueOf(first).add(BigInteger.valueOf(second));
            boolean below = exact.signum() < 0;
            return overflow(property, exact, below, below ? min : max, first);
        }
        return sum;
    }

    /**
     * {@return the exact sum of two decimals that are not counts (a cost)}: a {@code BigDecimal} has
     * no overflow, and 3 x 0.000582 is 0.001746.
     * @param property the decimal
     * @param first    the first value's
     * @param second   the second value's
     */
    public BigDecimal addDecimal(Property property, BigDecimal first, BigDecimal second) {
        if (cumulative) {
            if (second.compareTo(first) < 0) {
                decreased(property, first, second);
            }
            return second;
        }
        return first.add(second);
    }

    /**
     * {@return the exact sum of two whole numbers that are not counts (ticks of a currency)}: a
     * {@code BigInteger} has no overflow.
     * @param property the number
     * @param first    the first value's
     * @param second   the second value's
     */
    public BigInteger addInteger(Property property, BigInteger first, BigInteger second) {
        if (cumulative) {
            if (second.compareTo(first) < 0) {
                decreased(property, first, second);
            }
            return second;
        }
        return first.add(second);
    }

    /** A cumulative stream's later value: it replaces the earlier one, which it may not be below. */
    private long later(Property property, long first, long second) {
        if (second < first) {
            decreased(property, first, second);
        }
        return second;
    }

    private double later(Property property, double first, double second) {
        if (second < first) {
            decreased(property, first, second);
        }
        return second;
    }

    private void decreased(Property property, Number first, Number second) {
        if (decrease == Severity.OFF) {
            return;
        }
        add(new Violation(property.wirePath(), property.propertyPath(), Rule.COUNT_DECREASED, decrease, second,
                ">= " + first, property.name() + " went down from " + first + " to " + second
                        + "; in a cumulative stream each chunk's usage is the usage so far"));
    }

    /**
     * {@return the sum of two numbers that are not counts, held in {@code double}}; past the largest
     * double of either sign is an {@link Rule#OVERFLOW} at that bound.
     */
    public double addNumber(Property property, double first, double second) {
        if (cumulative) {
            return later(property, first, second);
        }
        double sum = first + second;
        if (Double.isInfinite(sum) && Double.isFinite(first) && Double.isFinite(second)) {
            BigDecimal exact = new BigDecimal(first).add(new BigDecimal(second));
            boolean below = exact.signum() < 0;
            return overflow(property, exact, below, below ? -Double.MAX_VALUE : Double.MAX_VALUE, first);
        }
        return sum;
    }

    /** An exact sum past {@code bound}, the largest value of the type, or the smallest when {@code below}. */
    private <T> T overflow(Property property, Number exact, boolean below, Object bound, T kept) {
        add(new Violation(property.wirePath(), property.propertyPath(), Rule.OVERFLOW, Severity.ERROR, exact,
                (below ? ">= " : "<= ") + bound, property.name() + " adds up to " + exact + ", past " + bound));
        return kept;
    }

    /**
     * Checks that a property is the same in both values ({@link dev.usageschema.MergeRule#AGREE}):
     * given in both or in neither, and equal. In a cumulative stream a chunk may leave it out.
     *
     * @param property    the property
     * @param firstGiven  whether the first value gives it
     * @param first       its value there ({@code null} for an explicit null)
     * @param secondGiven whether the second value gives it
     * @param second      its value there
     * @return whether the sum takes the second's: a cumulative stream's first chunk to give it
     */
    public boolean agree(Property property, boolean firstGiven, Object first, boolean secondGiven, Object second) {
        if (cumulative && (!firstGiven || !secondGiven)) {
            return !firstGiven && secondGiven;
        }
        if (firstGiven != secondGiven || (firstGiven && !Objects.equals(first, second))) {
            Object actual = secondGiven ? second : "absent";
            add(new Violation(property.wirePath(), property.propertyPath(), Rule.MISMATCH, Severity.ERROR, actual,
                    String.valueOf(firstGiven ? first : "absent"), property.name() + " is " + actual
                            + " where the values before give " + (firstGiven ? first : "none")
                            + "; it must be the same in every value added"));
        }
        return false;
    }

    /**
     * {@return two lists of nested models added by key}: an element of the first adds the second's
     * element of the same key, the second's elements of keys the first lacks follow in their order.
     * @param property the list
     * @param first    the first value's elements, each a model of {@code adder}'s schema
     * @param second   the second value's
     * @param adder    the element schema's adder
     * @param key      the element's {@code UniqueBy} key
     * @param <N>      the element schema
     * @param <M>      its model
     */
    public <N, M extends N> List<N> byKey(Property property, List<? extends N> first, List<? extends N> second,
            Adder<N, M> adder, Function<? super N, ?> key) {
        List<N> sum = new ArrayList<>(first.size() + second.size());
        boolean[] matched = new boolean[second.size()];
        for (int index = 0; index < first.size(); index++) {
            N element = first.get(index);
            int match = indexOf(second, key.apply(element), key, matched);
            if (match < 0) {
                sum.add(element);
            } else {
                matched[match] = true;
                sum.add(adder.add(adder.model(element), adder.model(second.get(match)), this,
                        Property.element(property, index)));
            }
        }
        for (int index = 0; index < second.size(); index++) {
            if (!matched[index]) {
                sum.add(second.get(index));
            }
        }
        return sum;
    }

    /** {@return how many violations this addition has found so far} */
    public int size() {
        return found == null ? 0 : found.size();
    }

    private static <N> int indexOf(List<? extends N> elements, Object key, Function<? super N, ?> keyOf,
            boolean[] matched) {
        for (int index = 0; index < elements.size(); index++) {
            if (!matched[index] && Objects.equals(key, keyOf.apply(elements.get(index)))) {
                return index;
            }
        }
        return -1;
    }

    private static Violation notAddable(Property property, Object actual, String what) {
        return new Violation(property.wirePath(), property.propertyPath(), Rule.NOT_ADDABLE, Severity.ERROR, actual,
                "a value in both, or in neither", property.name() + " " + what);
    }

    void add(Violation violation) {
        if (found == null) {
            found = new ArrayList<>(2);
        }
        found.add(violation);
    }

    /** Moves what was found from position {@code from} on under a holder's paths. */
    void moveUnder(int from, Property holder) {
        for (int position = from; position < size(); position++) {
            found.set(position, found.get(position).under(holder.wirePath(), holder.propertyPath()));
        }
    }

    List<Violation> found() {
        return found == null ? List.of() : found;
    }
}
