package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Defaults for every {@link UsageSchema} in a package (on {@code package-info.java}) or inside a
 * type, so that a provider's nested details need not repeat its naming rule and severity. What a
 * schema's own {@code @UsageSchema} sets wins; between defaults, the nearest enclosing type wins,
 * then the package.
 *
 * <pre>{@code
 * @UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
 * package com.example.openai;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface UsageSchemaDefaults {

    /** The naming rule of schemas that do not set their own. */
    WireNaming naming() default WireNaming.CAMEL_CASE;

    /** The severity of every {@link Sum} and {@link AtMost} of schemas that set none. */
    Severity severity() default Severity.ERROR;

    /** What a JSON field is that schemas without an {@link AdditionalProperties} map do not declare; see {@link UsageSchema#unknownFields()}. */
    Severity unknownFields() default Severity.WARNING;
}
