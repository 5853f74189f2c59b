package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An upper bound from another count. On a count: that count is at most the named one
 * ({@code cachedTokens <= promptTokens}). On a nested schema or a list of them: every count of the
 * nested objects, at every depth, is at most the named count; or, with {@link #count()}, only that
 * count of the nested object (or a count deeper in it, {@code "audio.tokens"}); on a list, that
 * count of every element. The bound is a count of this schema, or of a nested object at any depth
 * ({@code "tokens.inputTokens"}, {@code "details.audio.tokens"}), never through a list.
 * Repeatable, for several counts of one nested object. Counts without a bound may be any size.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(AtMost.List.class)
public @interface AtMost {

    /** Java name of the bounding count, or {@code holder.count} for a count of a nested object. */
    String value();

    /**
     * On a nested schema: the one count of it that is bounded, or a path to one deeper
     * ({@code "audio.tokens"}); on a list of them: the one count of every element. Empty bounds every count.
     */
    String count() default "";

    /** Severity of this rule; empty takes the schema's {@link UsageSchema#severity()}. */
    Severity[] severity() default {};

    /** Several bounds on one property. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        AtMost[] value();
    }
}
