package dev.usageschema.processor.model;

import dev.usageschema.MergeRule;

/**
 * The {@code @Merge} on a property: how it combines when two values are added.
 *
 * @param origin the annotation, where a diagnostic about it goes
 */
public record MergeSpec(MergeRule rule, Origin origin) {
}
