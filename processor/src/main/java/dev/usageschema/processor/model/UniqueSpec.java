package dev.usageschema.processor.model;

import dev.usageschema.Severity;

/**
 * A {@code @UniqueBy} on a list of nested schemas.
 *
 * @param key      Java name of the element schema's property that identifies an element
 * @param severity resolved against the schema's default
 */
public record UniqueSpec(String key, Severity severity, Origin origin) {
}
