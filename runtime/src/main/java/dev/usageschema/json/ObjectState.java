package dev.usageschema.json;

import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading one JSON object has gathered: the builder, which properties were seen (a second one
 * is a duplicate), which were rejected (their value could not be set, and their own violation says
 * why), and the violations found while reading.
 */
final class ObjectState<B> {

    final B builder;
    private long seen;
    private long rejected;
    /** Seen and rejected bits of properties past the 64th; {@code null} for smaller schemas. */
    private final boolean[] seenMore;
    private final boolean[] rejectedMore;
    private List<Violation> found;

    ObjectState(B builder, int properties) {
        this.builder = builder;
        this.seenMore = properties > Long.SIZE ? new boolean[properties] : null;
        this.rejectedMore = properties > Long.SIZE ? new boolean[properties] : null;
    }

    /** Marks a property seen; {@code false} when it was seen before. */
    boolean see(int index) {
        if (seenMore != null) {
            boolean first = !seenMore[index];
            seenMore[index] = true;
            return first;
        }
        long bit = 1L << index;
        boolean first = (seen & bit) == 0;
        seen |= bit;
        return first;
    }

    /** A property whose value was not set; {@code because} ({@code null}: already added) says why. */
    void reject(int index, Violation because) {
        if (rejectedMore != null) {
            rejectedMore[index] = true;
        } else {
            rejected |= 1L << index;
        }
        if (because != null) {
            add(because);
        }
    }

    void add(Violation violation) {
        if (found == null) {
            found = new ArrayList<>(4);
        }
        found.add(violation);
    }

    private boolean rejected(int index) {
        return rejectedMore != null ? rejectedMore[index] : (rejected & (1L << index)) != 0;
    }

    /**
     * The outcome of the object: what the build found, with the violations of reading first. A
     * rejected property's own violation already says what is wrong with it, so the build's
     * "required" or "not null" for that property, which only says it is missing, is left out.
     */
    <M> Validated<M> finish(JsonSchema<M, B> schema, Validated<M> built) {
        if (found == null) {
            return built;
        }
        List<Violation> all = new ArrayList<>(found);
        for (Violation violation : built.violations()) {
            if (!missingBecauseRejected(schema, violation)) {
                all.add(violation);
            }
        }
        boolean error = all.stream().anyMatch(Violation::isError);
        return error ? Validated.invalid(schema.name(), all) : Validated.valid(schema.name(), built.orElseThrow(), all);
    }

    private boolean missingBecauseRejected(JsonSchema<?, B> schema, Violation violation) {
        if (violation.rule() != Rule.REQUIRED && violation.rule() != Rule.NOT_NULL) {
            return false;
        }
        for (int index = 0; index < schema.size(); index++) {
            if (rejected(index) && schema.property(index).wirePath().equals(violation.wirePath())) {
                return true;
            }
        }
        return false;
    }
}
