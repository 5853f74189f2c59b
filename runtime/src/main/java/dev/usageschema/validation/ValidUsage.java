package dev.usageschema.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The class-level constraint on every generated model and builder: the value breaks none of its
 * schema's invariants that are errors. Warnings do not block, so they are not constraint
 * violations; {@link dev.usageschema.Checkable#violations()} lists them.
 */
@Documented
@Constraint(validatedBy = ValidUsageValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ValidUsage {

    String message() default "{dev.usageschema.validation.ValidUsage.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
