package dev.usageschema.processor.model;

import dev.usageschema.AbsentInSum;

/**
 * The {@code @Addable} on a schema: values of it can be added.
 *
 * @param absent what a property absent from one value makes of the sum
 * @param origin the annotation, where a diagnostic about the schema's addition goes
 */
public record AdditionSpec(AbsentInSum absent, Origin origin) {
}
