package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a list of nested schemas: no two elements have the same value of the named property, as in
 * one entry per modality ({@code @UniqueBy("modality")}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface UniqueBy {

    /** Java name of the element schema's property that identifies an element. */
    String value();

    /** Severity of this rule; empty takes the schema's {@link UsageSchema#severity()}. */
    Severity[] severity() default {};
}
