package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks classes written by the usage-schema processor. Class retention, unlike the JDK's
 * {@code @Generated}, so that coverage tools such as JaCoCo skip generated code.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface UsageSchemaGenerated {
}
