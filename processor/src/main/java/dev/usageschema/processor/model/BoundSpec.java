package dev.usageschema.processor.model;

import dev.usageschema.Severity;

/**
 * An {@code @AtMost} on a property.
 *
 * @param bound    Java name of the bounding count, as written ({@code holder.count} in a nested object)
 * @param count    on a nested schema, the one count of it that is bounded; empty for every count
 * @param index    which of the property's bounds this is, in the order written
 * @param severity resolved against the schema's default
 */
public record BoundSpec(String bound, String count, int index, Severity severity, Origin origin) {
}
