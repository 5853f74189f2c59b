package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated count equals the sum of the named counts: a total ({@code prompt + completion}) or
 * an exact partition ({@code prompt = cacheHit + cacheMiss}); or, with
 * {@code relation = SumRelation.AT_LEAST}, is at least that sum. A sum past {@code Long.MAX_VALUE}
 * is always an error, never a wrapped number. On a nested schema, with {@link #count()}: that count
 * of the nested object is the total of counts of this schema.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Sum {

    /** Java names of the counts that add up to the annotated one. */
    String[] value();

    /**
     * On a nested schema: the count of it that is the total ({@code "billedTokens"}, or deeper,
     * {@code "inner.billedTokens"}); the parts stay counts of this schema. Empty on a count.
     */
    String count() default "";

    /** Whether the total is the sum of its parts, or at least that sum. */
    SumRelation relation() default SumRelation.EQUALS;

    /** What an absent part means. */
    AbsentParts whenAbsent() default AbsentParts.SKIP_RULE;

    /**
     * When the annotated count is not given, the builder fills it in with the sum of its parts,
     * for providers that send no total. A required count that can be derived need not be set.
     * Only a total that equals its parts can be derived.
     */
    boolean derive() default false;

    /** Severity of this rule; empty takes the schema's {@link UsageSchema#severity()}. */
    Severity[] severity() default {};
}
