package dev.usageschema.processor.model;

/** What a property means to the checks. */
public enum Kind {
    /** A token count: whole, non-negative, part of sums and bounds. */
    COUNT,
    /** A number that is not a count ({@code @NotACount}): no count rule. */
    NUMBER,
    /** A nested {@code @UsageSchema} object. */
    NESTED,
    /** A {@code List} of nested {@code @UsageSchema} objects, each checked with its schema's rules. */
    NESTED_LIST,
    /** Any other value: a model name, an id, an enum. */
    VALUE,
    /** The map of wire fields the schema does not declare. */
    ADDITIONAL
}
