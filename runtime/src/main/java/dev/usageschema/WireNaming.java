package dev.usageschema;

/** The rule that turns a Java property name into its wire name. */
public enum WireNaming {
    /** {@code promptTokens} on the wire as {@code promptTokens}. */
    CAMEL_CASE,
    /** {@code promptTokens} on the wire as {@code prompt_tokens}. */
    SNAKE_CASE
}
