package dev.usageschema.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * What a schema needs to know of a schema it nests: its types, its own properties (a sum over a
 * list of it may name its counts, a unique key its other properties), whether it holds any count at any depth (else an {@code @AtMost} on the
 * nesting property bounds nothing), and whether nesting leads back.
 *
 * @param cycle the properties that lead from the nested schema back to the nesting one
 *              ({@code Middle.inner, Inner.outer}); empty when the nested schema is the nesting one
 *              itself, or when nesting ends ({@code leadsBack} tells which)
 * @param addable whether the nested schema is {@code @Addable}, as a holder that adds it needs
 */
public record NestedSchema(ClassName schemaType, ClassName generatedType, List<Property> properties, boolean hasCounts,
        boolean leadsBack,
        List<String> cycle, boolean addable) {

    public NestedSchema {
        properties = List.copyOf(properties);
        cycle = List.copyOf(cycle);
    }

    /** The nested schema's own counts. */
    public List<Property> counts() {
        return properties.stream().filter(Property::isCount).toList();
    }

    /** The nested schema's own count of that name, if it has one. */
    public java.util.Optional<Property> count(String name) {
        return counts().stream().filter(count -> count.name().equals(name)).findFirst();
    }

    /** The nested schema's property of that name, if it has one. */
    public java.util.Optional<Property> property(String name) {
        return properties.stream().filter(property -> property.name().equals(name)).findFirst();
    }
}
