package dev.usageschema.processor.model;

import dev.usageschema.Severity;
import java.util.List;

/**
 * A {@code @Sum} on a property.
 *
 * @param parts              Java names of the parts, as written
 * @param absentCountsAsZero whether an absent part counts as 0 rather than skipping the rule
 * @param derive             whether a missing total is filled in with the sum
 * @param atLeast            whether the total is at least the sum rather than equal to it
 * @param severity           resolved against the schema's default
 */
public record SumSpec(List<String> parts, boolean absentCountsAsZero, boolean derive, boolean atLeast, Severity severity,
        Origin origin) {

    public SumSpec {
        parts = List.copyOf(parts);
    }
}
