package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the shape of an LLM API usage object. The annotation processor generates, beside the
 * interface, an immutable implementation with a builder and every invariant check.
 *
 * <p>Every abstract accessor of the interface (inherited ones included) is a property. Numeric
 * properties are token counts unless marked {@link NotACount}: whole, non-negative, and never
 * overflowing a sum.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface UsageSchema {

    /** How property names become wire names, unless a property says otherwise with {@link WireName}. */
    WireNaming naming() default WireNaming.CAMEL_CASE;

    /**
     * Simple name of the generated class. Empty means {@code Immutable} followed by the schema's
     * name, with enclosing type names joined by {@code _} for nested interfaces.
     */
    String typeName() default "";

    /** Severity of every {@link Sum} and {@link AtMost} in this schema that does not set its own. */
    Severity severity() default Severity.ERROR;

    /**
     * What a JSON field the schema does not declare is, when the schema keeps no
     * {@link AdditionalProperties} map (a schema with one keeps every such field in it):
     * {@link Severity#ERROR} rejects the value, {@link Severity#WARNING} reports the field and reads
     * the rest, {@link Severity#OFF} ignores it. Providers add fields over time, so a warning is the
     * default.
     */
    Severity unknownFields() default Severity.WARNING;
}
