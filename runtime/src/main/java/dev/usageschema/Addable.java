package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @UsageSchema}: two values of it can be added, and the model gets {@code plus},
 * {@code tryPlus} and {@code adder()} (a {@code Collector} and a thread-safe running total). Counts
 * are summed, nested schemas field by field (they must be addable too), lists of nested schemas by
 * their {@link UniqueBy} key; a sum past the count's type is an {@link Rule#OVERFLOW}, and the sum
 * runs every check of the schema; the chunks of a streamed response make one usage by the
 * provider's {@link StreamStyle}. Every property that is not a count says how it combines with
 * {@link Merge}, or the schema does not compile.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Addable {

    /** What a count, nested object or list given in one value and absent in the other makes of the sum. */
    AbsentInSum absent() default AbsentInSum.ADDS_NOTHING;

    /**
     * What a property given as {@code null} in one value makes of the sum: by default {@code null}
     * beside a value is {@link Rule#NOT_ADDABLE}; {@link NullInSum#ADDS_NOTHING} adds the other value
     * alone ({@code null + 3 = 3}, {@code null + null = null}), in {@code plus}, totals and streams alike.
     * It applies to this schema's own {@link Nullable} properties (a nested schema says its own).
     */
    NullInSum nulls() default NullInSum.VIOLATION;

    /**
     * How the provider reports usage while streaming, for {@code adder().newStream()}; at most one.
     * Empty: the caller says it each time, {@code adder().newStream(style)}.
     */
    StreamStyle[] stream() default {};
}
