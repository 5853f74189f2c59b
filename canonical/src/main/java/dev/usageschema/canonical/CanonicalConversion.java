package dev.usageschema.canonical;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How one provider schema's counts make a {@link CanonicalUsage}: its convention, where each part it
 * maps lies (inside the provider's input or output count, or beside it and added), and what its
 * total is. Called by the {@code toCanonical()} that the processor generates for a schema with a
 * {@link dev.usageschema.CanonicalMapping}: the processor derives the placements from the schema's
 * rules at compile time, makes one of these once per schema, and hands it each model's counts.
 *
 * <p>The arithmetic, on exact {@code long}s:
 * <ul>
 *   <li>input total = input + the input parts beside it; uncached = input total - cache read - cache write;</li>
 *   <li>output total = output + the output parts beside it; text = output total - reasoning - audio - image;</li>
 *   <li>total: a total equal to its parts is kept, and the canonical rules check it; a total that is
 *       at least its parts, or has no rule, is kept and what it counts beyond input and output total
 *       is the unattributed tokens; no total is input total + output total.</li>
 * </ul>
 * A sum past {@code Long.MAX_VALUE} is an {@link Rule#OVERFLOW} violation, never a wrapped number;
 * a difference that comes out negative is handed to the canonical usage as it is, whose rules reject
 * it at its path. An absent input or output count counts as 0; every other absent count stays absent.
 */
public final class CanonicalConversion {

    /** What the generated code passes for a count that is absent (or {@code null}); counts are never negative. */
    public static final long ABSENT = -1;

    /** The canonical schema's name, as its violations and results carry it. */
    private static final String SCHEMA = "CanonicalUsage";

    /** The disjoint parts of the output beside its text. */
    private static final List<CanonicalRole> OUTPUT_PARTS = List.of(CanonicalRole.REASONING,
            CanonicalRole.OUTPUT_AUDIO, CanonicalRole.OUTPUT_IMAGE);

    /** Every part but the cache counts, each a count of its own in the canonical usage. */
    private static final List<CanonicalRole> ITEMS = List.of(CanonicalRole.INPUT_AUDIO, CanonicalRole.INPUT_IMAGE,
            CanonicalRole.INPUT_VIDEO, CanonicalRole.TOOL_USE_INPUT, CanonicalRole.REASONING, CanonicalRole.OUTPUT_AUDIO,
            CanonicalRole.OUTPUT_IMAGE, CanonicalRole.ACCEPTED_PREDICTION, CanonicalRole.REJECTED_PREDICTION);

    /** What the provider's total is. */
    public enum Total {
        /** The schema maps no total: the canonical total is input total + output total. */
        NONE,
        /** The total equals its declared parts, which add up what the canonical total adds. */
        EQUALS,
        /** The total is at least its declared parts, or has no rule: it may count tokens beyond them. */
        AT_LEAST
    }

    /** Where a part lies relative to its side's count. */
    public enum Placement {
        /** Counted in the provider's input or output count already (OpenAI's cached tokens). */
        INSIDE,
        /** Counted beside it, and added to make the canonical total (Anthropic's cache reads). */
        BESIDE
    }

    private final String convention;
    private final Total total;
    private final Map<CanonicalRole, Placement> placements;

    private CanonicalConversion(String convention, Total total, Map<CanonicalRole, Placement> placements) {
        this.convention = convention;
        this.total = total;
        this.placements = placements;
    }

    /**
     * A conversion for the convention, with no total and no parts yet.
     *
     * @param convention the provider surface, as {@link dev.usageschema.CanonicalMapping#convention()} gives it
     * @return the conversion
     */
    public static CanonicalConversion convention(String convention) {
        return new CanonicalConversion(Objects.requireNonNull(convention, "convention"), Total.NONE,
                new EnumMap<>(CanonicalRole.class));
    }

    /**
     * {@return this conversion with the provider's total of that kind}
     * @param kind what the total is
     */
    public CanonicalConversion total(Total kind) {
        return new CanonicalConversion(convention, Objects.requireNonNull(kind, "kind"), placements);
    }

    /**
     * {@return this conversion with parts inside their side's count}
     * @param roles the parts
     */
    public CanonicalConversion inside(CanonicalRole... roles) {
        return placed(Placement.INSIDE, roles);
    }

    /**
     * {@return this conversion with parts beside their side's count, added to it}
     * @param roles the parts
     */
    public CanonicalConversion beside(CanonicalRole... roles) {
        return placed(Placement.BESIDE, roles);
    }

    private CanonicalConversion placed(Placement placement, CanonicalRole... roles) {
        Map<CanonicalRole, Placement> placed = new EnumMap<>(CanonicalRole.class);
        placed.putAll(placements);
        for (CanonicalRole role : roles) {
            if (placed.put(Objects.requireNonNull(role, "role"), placement) != null) {
                throw new IllegalArgumentException(role + " is placed twice");
            }
            if (placement == Placement.BESIDE
                    && (role == CanonicalRole.ACCEPTED_PREDICTION || role == CanonicalRole.REJECTED_PREDICTION)) {
                throw new IllegalArgumentException(role + " lies inside the output count, never beside it");
            }
        }
        return new CanonicalConversion(convention, total, placed);
    }

    /** {@return the convention the canonical usages carry} */
    public String convention() {
        return convention;
    }

    /** {@return what the provider's total is} */
    public Total totalKind() {
        return total;
    }

    /**
     * {@return where a part lies, or empty when the schema does not map it}
     * @param role the part
     */
    public Optional<Placement> placement(CanonicalRole role) {
        return Optional.ofNullable(placements.get(role));
    }

    /** {@return a fresh collector of one model's counts, to {@link Counts#convert()}} */
    public Counts counts() {
        return new Counts(this);
    }

    @Override
    public String toString() {
        return "CanonicalConversion[" + convention + ", total " + total + ", " + placements + "]";
    }

    // ---- reading a model's counts, for generated code: absent and null are ABSENT

    /**
     * {@return the count, or {@link #ABSENT}}
     * @param count a count of a model
     */
    public static long count(OptionalLong count) {
        return count == null || count.isEmpty() ? ABSENT : count.getAsLong();
    }

    /**
     * {@return the count, or {@link #ABSENT}}
     * @param count a count of a model
     */
    public static long count(OptionalInt count) {
        return count == null || count.isEmpty() ? ABSENT : count.getAsInt();
    }

    /**
     * {@return the count, or {@link #ABSENT}}
     * @param count a floating count of a model: whole, within 2^53
     */
    public static long count(OptionalDouble count) {
        return count == null || count.isEmpty() ? ABSENT : count(count.getAsDouble());
    }

    /**
     * {@return the count, or {@link #ABSENT}}
     * @param count a count of a model
     */
    public static long count(Long count) {
        return count == null ? ABSENT : count;
    }

    /**
     * {@return the count, or {@link #ABSENT}}
     * @param count a count of a model
     */
    public static long count(Integer count) {
        return count == null ? ABSENT : count;
    }

    /**
     * {@return the count, or {@link #ABSENT}}
     * @param count a floating count of a model
     */
    public static long count(Double count) {
        return count == null ? ABSENT : count(count.doubleValue());
    }

    /**
     * {@return the count}
     * @param count a count of a model
     */
    public static long count(long count) {
        return count;
    }

    /**
     * {@return the count as a {@code long}}, exactly: a model's floating count is whole and within 2^53.
     * @param count a floating count of a model
     * @throws IllegalArgumentException for anything else, which no model holds
     */
    public static long count(double count) {
        if (!(count >= 0 && count <= 9007199254740992.0) || count != Math.rint(count)) {
            throw new IllegalArgumentException(count + " is not a count: a model's counts are whole, >= 0 and <= 2^53");
        }
        return (long) count;
    }

    /**
     * {@return the nested object the optional holds, or {@code null} when it is empty or itself {@code null}}
     * @param value a nested object of a model
     * @param <T>   its schema
     */
    public static <T> T present(Optional<T> value) {
        return value == null ? null : value.orElse(null);
    }

    /**
     * One model's counts, as {@code toCanonical()} hands them over; each setter takes {@link #ABSENT}
     * for a count the model does not give. Not for reuse across models.
     */
    public static final class Counts {

        private final CanonicalConversion conversion;
        private long input = ABSENT;
        private long output = ABSENT;
        private long total = ABSENT;
        private final long[] parts = new long[CanonicalRole.values().length];
        private long cacheWrite5m = ABSENT;
        private long cacheWrite1h = ABSENT;
        private Long webSearchRequests;
        private BigDecimal cost;
        private Violation costProblem;

        private Counts(CanonicalConversion conversion) {
            this.conversion = conversion;
            Arrays.fill(parts, ABSENT);
        }

        /**
         * {@return these counts with the provider's input count}
         * @param count the count, or {@link #ABSENT}
         */
        public Counts input(long count) {
            input = checked(count, "input");
            return this;
        }

        /**
         * {@return these counts with the provider's output count}
         * @param count the count, or {@link #ABSENT}
         */
        public Counts output(long count) {
            output = checked(count, "output");
            return this;
        }

        /**
         * {@return these counts with the provider's total}
         * @param count the count, or {@link #ABSENT}
         * @throws IllegalStateException when the conversion maps no total
         */
        public Counts total(long count) {
            if (conversion.total == Total.NONE) {
                throw new IllegalStateException(conversion.convention + " maps no total");
            }
            total = checked(count, "total");
            return this;
        }

        /**
         * {@return these counts with a part's count}
         * @param role  the part, which the conversion places
         * @param count the count, or {@link #ABSENT}
         * @throws IllegalArgumentException when the conversion does not place the part
         */
        public Counts part(CanonicalRole role, long count) {
            if (!conversion.placements.containsKey(role)) {
                throw new IllegalArgumentException(conversion.convention + " does not map " + role);
            }
            parts[role.ordinal()] = checked(count, role.name());
            return this;
        }

        /**
         * {@return these counts with the five-minute cache writes}
         * @param count the count, or {@link #ABSENT}
         */
        public Counts cacheWrite5m(long count) {
            cacheWrite5m = checked(count, "cacheWrite5m");
            return this;
        }

        /**
         * {@return these counts with the one-hour cache writes}
         * @param count the count, or {@link #ABSENT}
         */
        public Counts cacheWrite1h(long count) {
            cacheWrite1h = checked(count, "cacheWrite1h");
            return this;
        }

        /**
         * {@return these counts with the web-search requests}
         * @param requests the number
         */
        public Counts webSearchRequests(long requests) {
            webSearchRequests = requests;
            return this;
        }

        /**
         * {@return these counts with the web-search requests}
         * @param requests the number, or {@code null}
         */
        public Counts webSearchRequests(Long requests) {
            webSearchRequests = requests;
            return this;
        }

        /**
         * {@return these counts with the web-search requests}
         * @param requests the number, or {@code null}
         */
        public Counts webSearchRequests(Integer requests) {
            webSearchRequests = requests == null ? null : requests.longValue();
            return this;
        }

        /**
         * {@return these counts with the web-search requests}
         * @param requests the number, empty or {@code null}
         */
        public Counts webSearchRequests(OptionalLong requests) {
            webSearchRequests = requests == null || requests.isEmpty() ? null : requests.getAsLong();
            return this;
        }

        /**
         * {@return these counts with the web-search requests}
         * @param requests the number, empty or {@code null}
         */
        public Counts webSearchRequests(OptionalInt requests) {
            webSearchRequests = requests == null || requests.isEmpty() ? null : (long) requests.getAsInt();
            return this;
        }

        /**
         * {@return these counts with the provider's cost}
         * @param cost the cost, or {@code null}
         */
        public Counts cost(BigDecimal cost) {
            this.cost = cost;
            return this;
        }

        /**
         * {@return these counts with the provider's cost}
         * @param cost the cost, empty or {@code null}
         */
        public Counts cost(Optional<BigDecimal> cost) {
            return cost(present(cost));
        }

        /**
         * {@return these counts with the provider's cost}, as the decimal its shortest text writes
         * ({@code 5.82E-4} is 0.000582, not the binary fraction nearest it); {@code NaN} and the
         * infinities, which no decimal holds, are a {@link Rule#FINITE} violation
         * @param cost the cost
         */
        public Counts cost(double cost) {
            if (Double.isFinite(cost)) {
                this.cost = BigDecimal.valueOf(cost);
            } else {
                costProblem = new Violation("/cost", "cost", Rule.FINITE, Severity.ERROR, cost, "a finite number",
                        "cost " + cost + " is not a finite number, and a cost is an exact decimal");
            }
            return this;
        }

        /**
         * {@return these counts with the provider's cost}
         * @param cost the cost, or {@code null}
         */
        public Counts cost(Double cost) {
            return cost == null ? this : cost(cost.doubleValue());
        }

        /**
         * {@return these counts with the provider's cost}
         * @param cost the cost, empty or {@code null}
         */
        public Counts cost(OptionalDouble cost) {
            return cost == null || cost.isEmpty() ? this : cost(cost.getAsDouble());
        }

        /**
         * {@return the canonical usage of these counts, with its warnings, or every violation} Never
         * throws; an overflow, and every identity of {@link CanonicalUsage} the counts break, is a
         * violation at its canonical path.
         */
        public Validated<ImmutableCanonicalUsage> convert() {
            Arithmetic exact = new Arithmetic();
            long inputTotal = exact.plus(orZero(input), beside(CanonicalRole.Side.INPUT, exact), "inputTokens",
                    "input_tokens", "the input count and the parts beside it");
            long outputTotal = exact.plus(orZero(output), beside(CanonicalRole.Side.OUTPUT, exact), "outputTokens",
                    "output_tokens", "the output count and the parts beside it");
            long cacheRead = parts[CanonicalRole.CACHE_READ.ordinal()];
            long cacheWrite = parts[CanonicalRole.CACHE_WRITE.ordinal()];
            long uncached = exact.minus(inputTotal, orZero(cacheRead), "inputUncachedTokens",
                    "input_uncached_tokens");
            uncached = exact.minus(uncached, orZero(cacheWrite), "inputUncachedTokens", "input_uncached_tokens");
            long text = outputTotal;
            for (CanonicalRole role : OUTPUT_PARTS) {
                text = exact.minus(text, orZero(parts[role.ordinal()]), "outputTextTokens", "output_text_tokens");
            }
            long canonicalTotal;
            // What an at-least total counts beyond input and output; it may come out negative, for the rules to reject.
            boolean attributes = conversion.total == Total.AT_LEAST && total != ABSENT;
            long unattributed = 0;
            if (conversion.total == Total.NONE || total == ABSENT) {
                canonicalTotal = exact.plus(inputTotal, outputTotal, "totalTokens", "total_tokens",
                        "the input and output tokens");
            } else {
                canonicalTotal = total;
                if (attributes) {
                    unattributed = exact.minus(exact.minus(total, inputTotal, "unattributedTokens",
                            "unattributed_tokens"), outputTotal, "unattributedTokens", "unattributed_tokens");
                }
            }
            if (costProblem != null) {
                exact.found(costProblem);
            }
            if (exact.found != null) {
                return Validated.invalid(SCHEMA, exact.found);
            }
            ImmutableCanonicalUsage.Builder usage = ImmutableCanonicalUsage.builder()
                    .convention(conversion.convention)
                    .inputTokens(inputTotal)
                    .inputUncachedTokens(uncached)
                    .outputTokens(outputTotal)
                    .outputTextTokens(text)
                    .totalTokens(canonicalTotal);
            if (cacheRead != ABSENT) {
                usage.cacheReadTokens(cacheRead);
            }
            if (cacheWrite != ABSENT) {
                usage.cacheWriteTokens(cacheWrite);
            }
            if (cacheWrite5m != ABSENT) {
                usage.cacheWrite5mTokens(cacheWrite5m);
            }
            if (cacheWrite1h != ABSENT) {
                usage.cacheWrite1hTokens(cacheWrite1h);
            }
            for (CanonicalRole role : ITEMS) {
                long count = parts[role.ordinal()];
                if (count != ABSENT) {
                    set(usage, role, count);
                }
            }
            if (attributes) {
                usage.unattributedTokens(unattributed);
            }
            if (webSearchRequests != null) {
                usage.webSearchRequests(webSearchRequests);
            }
            if (cost != null) {
                usage.cost(cost);
            }
            return usage.tryBuild();
        }

        /** The canonical count of a part that is not a cache count. */
        private static void set(ImmutableCanonicalUsage.Builder usage, CanonicalRole role, long count) {
            switch (role) {
                case INPUT_AUDIO -> usage.inputAudioTokens(count);
                case INPUT_IMAGE -> usage.inputImageTokens(count);
                case INPUT_VIDEO -> usage.inputVideoTokens(count);
                case TOOL_USE_INPUT -> usage.toolUseInputTokens(count);
                case REASONING -> usage.reasoningTokens(count);
                case OUTPUT_AUDIO -> usage.outputAudioTokens(count);
                case OUTPUT_IMAGE -> usage.outputImageTokens(count);
                case ACCEPTED_PREDICTION -> usage.acceptedPredictionTokens(count);
                case REJECTED_PREDICTION -> usage.rejectedPredictionTokens(count);
                case CACHE_READ, CACHE_WRITE -> throw new IllegalArgumentException(role + " is a cache count");
            }
        }

        /** The sum of a side's parts that lie beside its count. */
        private long beside(CanonicalRole.Side side, Arithmetic exact) {
            long sum = 0;
            for (Map.Entry<CanonicalRole, Placement> placed : conversion.placements.entrySet()) {
                CanonicalRole role = placed.getKey();
                if (role.side() == side && placed.getValue() == Placement.BESIDE) {
                    sum = exact.plus(sum, orZero(parts[role.ordinal()]), side == CanonicalRole.Side.INPUT
                            ? "inputTokens" : "outputTokens", side == CanonicalRole.Side.INPUT ? "input_tokens"
                            : "output_tokens", "the parts beside the " + side.name().toLowerCase(Locale.ROOT)
                            + " count");
                }
            }
            return sum;
        }

        private static long orZero(long count) {
            return count == ABSENT ? 0 : count;
        }

        private static long checked(long count, String role) {
            if (count < 0 && count != ABSENT) {
                throw new IllegalArgumentException(role + " is " + count + "; a model's counts are never negative");
            }
            return count;
        }
    }

    /** Exact sums and differences of counts, each overflow a violation at the canonical count it makes. */
    private static final class Arithmetic {

        private List<Violation> found;

        long plus(long first, long second, String name, String wireName, String what) {
            long sum = first + second;
            if (((first ^ sum) & (second ^ sum)) < 0) {
                BigInteger exact = BigInteger.valueOf(first).add(BigInteger.valueOf(second));
                found(new Violation("/" + wireName, name, Rule.OVERFLOW, Severity.ERROR, exact, "<= " + Long.MAX_VALUE,
                        name + ", " + what + ", adds up to " + exact + ", past " + Long.MAX_VALUE));
                return first;
            }
            return sum;
        }

        long minus(long first, long second, String name, String wireName) {
            long difference = first - second;
            if (((first ^ second) & (first ^ difference)) < 0) {
                BigInteger exact = BigInteger.valueOf(first).subtract(BigInteger.valueOf(second));
                found(new Violation("/" + wireName, name, Rule.OVERFLOW, Severity.ERROR, exact, ">= 0",
                        name + " comes out " + exact + ", past " + Long.MIN_VALUE + "; a count is never negative"));
                return first;
            }
            return difference;
        }

        void found(Violation violation) {
            if (found == null) {
                found = new ArrayList<>(2);
            }
            found.add(violation);
        }
    }
}
