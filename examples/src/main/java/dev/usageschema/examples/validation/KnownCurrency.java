package dev.usageschema.examples.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An application's own constraint: an ISO currency code that billing knows. */
@Documented
@Constraint(validatedBy = KnownCurrencyValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface KnownCurrency {

    String message() default "must be a currency billing knows";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
