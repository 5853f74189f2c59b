package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wire name of one property, overriding the schema's {@link WireNaming}; or, on a constant of an
 * enum that a schema holds, the string that stands for it in JSON ({@code @WireName("default") DEFAULT}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface WireName {

    /** The name on the wire; empty keeps the name the schema's naming rule gives. */
    String value() default "";

    /** Other names accepted for the same property, for shapes renamed between API versions. */
    String[] alternates() default {};
}
