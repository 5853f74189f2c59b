package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A numeric property that is not a token count (seconds, a duration, a request count): no count
 * rule applies to it, and it takes part in no sum or bound. It may declare the range its values
 * lie in; by default any finite value is valid, and {@code NaN} and the infinities are not.
 *
 * <pre>{@code
 * @NotACount(min = 0) OptionalDouble promptTime();                    // seconds, never negative
 * @NotACount(min = 0) OptionalLong totalDuration();                   // nanoseconds
 * @NotACount(min = 0) Optional<BigDecimal> cost();                    // compared exactly: -0.000001 is below
 * }</pre>
 *
 * <p>It goes on an {@code int}, {@code long} or {@code double} (boxed or optional), a {@code BigDecimal}
 * or a {@code BigInteger}. The last two are compared exactly, each bound as the decimal its
 * {@code double} prints ({@code max = 0.1} is exactly 0.1). An option written that cannot apply to the
 * type ({@code whole} or {@code finite} on an integer, {@code finite} on a {@code BigDecimal}) does not
 * compile.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NotACount {

    /** The smallest valid value, inclusive. */
    double min() default Double.NEGATIVE_INFINITY;

    /** The largest valid value, inclusive. */
    double max() default Double.POSITIVE_INFINITY;

    /** Whether a floating or {@code BigDecimal} value must be a whole number ({@code 1.0} is one). */
    boolean whole() default false;

    /**
     * Whether a floating value must be finite: {@code NaN} and the infinities are violations unless
     * this is false. Only for {@code double} types.
     */
    boolean finite() default true;

    /** Severity of the range; empty takes the schema's {@link UsageSchema#severity()}. */
    Severity[] severity() default {};
}
