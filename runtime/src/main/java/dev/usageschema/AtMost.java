package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An upper bound from another count of the same schema. On a count: that count is at most the
 * named one ({@code cachedTokens <= promptTokens}). On a nested schema: every count of the nested
 * object is at most the named count of this one. Counts without a bound may be any size.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AtMost {

    /** Java name of the bounding count. */
    String value();

    /** Severity of this rule; empty takes the schema's {@link UsageSchema#severity()}. */
    Severity[] severity() default {};
}
