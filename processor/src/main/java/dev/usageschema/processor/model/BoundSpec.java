package dev.usageschema.processor.model;

import dev.usageschema.Severity;

/**
 * An {@code @AtMost} on a property.
 *
 * @param bound    Java name of the bounding count, as written
 * @param severity resolved against the schema's default
 */
public record BoundSpec(String bound, Severity severity, Origin origin) {
}
