package dev.usageschema.processor.model;

import dev.usageschema.Severity;
import java.util.List;

/**
 * A {@code @Sum} on a property.
 *
 * @param parts              Java names of the parts, as written
 * @param count              on a nested schema, its count that is the total ({@code tokens} or deeper,
 *                           {@code inner.tokens}); empty on a count, which is the total itself
 * @param absentCountsAsZero whether an absent part counts as 0 rather than skipping the rule
 * @param derive             whether a missing total is filled in with the sum
 * @param atLeast            whether the total is at least the sum rather than equal to it
 * @param severity           resolved against the schema's default
 */
public record SumSpec(List<String> parts, String count, boolean absentCountsAsZero, boolean derive, boolean atLeast, Severity severity,
        Origin origin) {

    public SumSpec {
        parts = List.copyOf(parts);
    }

    /** Whether the total is a count of the nested object that the annotated property holds. */
    public boolean inNested() {
        return !count.isEmpty();
    }
}
