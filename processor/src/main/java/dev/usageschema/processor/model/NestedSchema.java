package dev.usageschema.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * What a schema needs to know of a schema it nests: its types, and its counts for the bounds
 * that an {@code @AtMost} on the nesting property puts on each of them.
 */
public record NestedSchema(ClassName schemaType, ClassName generatedType, List<Property> counts) {

    public NestedSchema {
        counts = List.copyOf(counts);
    }
}
