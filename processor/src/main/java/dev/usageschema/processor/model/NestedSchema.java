package dev.usageschema.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * What a schema needs to know of a schema it nests: its types, its own counts (which a sum over a
 * list of it may name), whether it holds any count at any depth (else an {@code @AtMost} on the
 * nesting property bounds nothing), and whether nesting leads back.
 *
 * @param cycle the properties that lead from the nested schema back to the nesting one
 *              ({@code Middle.inner, Inner.outer}); empty when the nested schema is the nesting one
 *              itself, or when nesting ends ({@code leadsBack} tells which)
 */
public record NestedSchema(ClassName schemaType, ClassName generatedType, List<Property> counts, boolean hasCounts,
        boolean leadsBack,
        List<String> cycle) {

    public NestedSchema {
        counts = List.copyOf(counts);
        cycle = List.copyOf(cycle);
    }

    /** The nested schema's own count of that name, if it has one. */
    public java.util.Optional<Property> count(String name) {
        return counts.stream().filter(count -> count.name().equals(name)).findFirst();
    }
}
