package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code Map<String, Object>} accessor that keeps wire fields the schema does not
 * declare, so that nothing a provider sends is lost.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AdditionalProperties {

    /**
     * What each field kept is reported as, beside being kept: nothing ({@link Severity#OFF}, the
     * default); an {@code UNKNOWN_PROPERTY} {@link Severity#WARNING} at its path, for a gateway that
     * keeps a provider's fields for the round trip and wants to know when the provider adds one; or
     * an {@link Severity#ERROR}, which rejects the value.
     *
     * @return the severity of a kept field's report
     */
    Severity report() default Severity.OFF;
}
