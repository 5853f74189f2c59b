package dev.usageschema.runtime;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;

/**
 * One {@code @Sum}: a total equals the sum of its parts. Generated code adds the checked parts
 * ({@link Counts}) one at a time with {@link #add}, and those given with {@link #addGiven}, then
 * asks {@link #breaks} about the results.
 */
public final class SumRule {

    private final Property total;
    private final Property[] parts;
    private final Severity severity;
    private final boolean absentCountsAsZero;
    private final boolean derives;
    private final boolean atLeast;
    private final long totalMax;

    private SumRule(Builder builder, Property total, Property[] parts) {
        this.total = total;
        this.parts = parts.clone();
        this.severity = builder.severity;
        this.absentCountsAsZero = builder.absentCountsAsZero;
        this.derives = builder.derives;
        this.atLeast = builder.atLeast;
        this.totalMax = builder.totalMax;
    }

    /**
     * A rule whose mismatches have {@code severity} ({@link Severity#OFF}: only derivation and
     * overflow are checked).
     *
     * @param totalMax the largest count the total's type holds ({@link Counts#LONG_MAX},
     *                 {@link Counts#INT32_MAX} or {@link Counts#DOUBLE_EXACT_MAX})
     */
    public static Builder severity(Severity severity, long totalMax) {
        return new Builder(severity, totalMax);
    }

    /** The options of a rule, then its properties. */
    public static final class Builder {
        private final Severity severity;
        private final long totalMax;
        private boolean absentCountsAsZero;
        private boolean derives;
        private boolean atLeast;

        private Builder(Severity severity, long totalMax) {
            this.severity = severity;
            this.totalMax = totalMax;
        }

        /** An absent part counts as 0 instead of skipping the rule. */
        public Builder absentCountsAsZero() {
            absentCountsAsZero = true;
            return this;
        }

        /** A missing total is filled in with the sum. */
        public Builder derives() {
            derives = true;
            return this;
        }

        /** The total is at least the sum of its parts, rather than equal to it. */
        public Builder atLeast() {
            atLeast = true;
            return this;
        }

        public SumRule of(Property total, Property... parts) {
            return new SumRule(this, total, parts);
        }
    }

    /**
     * The running sum plus one checked part. An invalid part makes the sum {@link Counts#INVALID}
     * (its own rule reports it), an absent one {@link Counts#ABSENT} unless absent counts as 0,
     * and a sum past {@code Long.MAX_VALUE} is {@link Counts#OVERFLOW}, never a wrapped number.
     */
    public long add(long sum, long part) {
        if (part == Counts.ABSENT && !absentCountsAsZero && sum != Counts.INVALID) {
            return Counts.ABSENT;
        }
        return addGiven(sum, part);
    }

    /**
     * The running sum of the parts that are given: as {@link #add}, but an absent part adds
     * nothing. While a part is absent the rule cannot compare the total with the sum, but the total
     * must still be at least this much: parts are never negative, so no absent part can make up
     * for a total below the parts given.
     */
    public long addGiven(long sum, long part) {
        if ((sum | part) < 0) {
            // A marker on either side: the markers are negative, so a valid sum and part skip this.
            if (sum == Counts.INVALID || part == Counts.INVALID) {
                return Counts.INVALID;
            }
            if (part == Counts.ABSENT || sum < 0) {
                return sum;
            }
        }
        long result = sum + part;
        return result < 0 ? Counts.OVERFLOW : result;
    }

    /**
     * The total to use when none was given: the sum when this rule derives and the sum fits the
     * total's type, else {@link Counts#ABSENT}.
     */
    public long derived(long sum) {
        return derives && sum >= 0 && sum <= totalMax ? sum : Counts.ABSENT;
    }

    /**
     * Whether the checked total (given or {@link #derived}) and the sum of its parts break this
     * rule: they differ, the sum overflows, or a total to derive does not fit its type; or, while a
     * part is absent, the parts given add up to more than the total, or past {@code Long.MAX_VALUE}.
     *
     * @param sum   the sum of every part ({@link #add}), {@link Counts#ABSENT} while one is absent
     * @param given the sum of the parts given ({@link #addGiven})
     */
    public boolean breaks(long total, long sum, long given) {
        // The valid case first: a whole sum equal to its total breaks no form of the rule.
        if (sum >= 0 && total == sum) {
            return false;
        }
        if (total == Counts.INVALID) {
            return false;
        }
        if (overflows(sum, given)) {
            return true;
        }
        if (total == Counts.ABSENT) {
            return derives && sum > totalMax;
        }
        if (severity == Severity.OFF) {
            return false;
        }
        if (sum == Counts.ABSENT) {
            return given >= 0 && total < given;
        }
        return sum >= 0 && (atLeast ? total < sum : total != sum);
    }

    private static boolean overflows(long sum, long given) {
        return sum == Counts.OVERFLOW || sum == Counts.ABSENT && given == Counts.OVERFLOW;
    }

    /**
     * The violation that {@link #breaks} found; {@code partValues} in the declared order of the parts.
     */
    public Violation violation(long total, long sum, long given, long... partValues) {
        if (overflows(sum, given)) {
            String parts = describeParts(partValues);
            return Counts.error(this.total, Rule.OVERFLOW, total < 0 ? null : total, "a sum <= " + Long.MAX_VALUE,
                    parts + " overflows a 64-bit count; " + this.total.name() + " cannot hold it");
        }
        if (total == Counts.ABSENT) {
            String parts = describeParts(partValues);
            return Counts.error(this.total, Rule.OVERFLOW, null, "<= " + totalMax,
                    this.total.name() + " derived as " + parts + " = " + sum + " is above its type's maximum " + totalMax);
        }
        long[] values = partValues.clone();
        // While a part is absent, what the total breaks is the bound the parts given set.
        boolean partial = sum == Counts.ABSENT;
        long bound = partial ? given : sum;
        return Violation.described(Rule.SUM, severity, total, new Violation.Words() {
            @Override
            public String wirePath() {
                return SumRule.this.total.wirePath();
            }

            @Override
            public String propertyPath() {
                return SumRule.this.total.propertyPath();
            }

            @Override
            public String expected() {
                return partial || atLeast ? ">= " + bound : Long.toString(bound);
            }

            @Override
            public String message() {
                String compared = describeParts(values) + (partial || atLeast ? " > " : " != ")
                        + SumRule.this.total.name() + " " + total;
                return partial ? compared + ": the parts given add up to " + given + " already" : compared;
            }
        });
    }

    /** The violation when a required total was not given and an absent part keeps it from being derived. */
    public Violation underivable(long... partValues) {
        return Counts.error(total, Rule.REQUIRED, null, "a value, or every part of " + total.name(),
                total.name() + " is required and cannot be derived: " + describeParts(partValues));
    }

    private String describeParts(long[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                text.append(" + ");
            }
            text.append(parts[i].name()).append(' ');
            text.append(values[i] == Counts.ABSENT ? (absentCountsAsZero ? "absent (0)" : "absent") : Long.toString(values[i]));
        }
        return text.toString();
    }
}
