package dev.usageschema.benchmarks;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The cross-field rules of the shape as a Bean Validation constraint, for the Hibernate Validator peer. */
@Constraint(validatedBy = ConsistentTotal.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ConsistentTotal {

    String message() default "total must be prompt + completion, cached at most prompt";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link ConsistentTotal} on a {@link ValidatedBean}. */
    final class Validator implements ConstraintValidator<ConsistentTotal, ValidatedBean> {
        @Override
        public boolean isValid(ValidatedBean value, ConstraintValidatorContext context) {
            long sum = value.getPromptTokens() + value.getCompletionTokens();
            boolean cachedWithin = value.getCachedTokens() == null || value.getCachedTokens() <= value.getPromptTokens();
            return sum >= 0 && sum == value.getTotalTokens() && cachedWithin;
        }
    }
}
