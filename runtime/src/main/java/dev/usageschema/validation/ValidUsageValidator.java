package dev.usageschema.validation;

import dev.usageschema.Checkable;
import dev.usageschema.Violation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Reports each error of a {@link Checkable} as its own constraint violation, at the property it
 * concerns ({@code promptTokensDetails.cachedTokens}; an element of a list or map as a node at its
 * index or key, the key whole), with a message from the
 * {@code dev.usageschema.rule.*} keys followed by the numbers involved.
 */
public final class ValidUsageValidator implements ConstraintValidator<ValidUsage, Checkable> {

    @Override
    public boolean isValid(Checkable value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<Violation> violations = value.violations();
        if (violations.isEmpty()) {
            return true;
        }
        boolean valid = true;
        for (Violation violation : violations) {
            if (violation.isError()) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                report(violation, context);
            }
        }
        return valid;
    }

    private static void report(Violation violation, ConstraintValidatorContext context) {
        PropertyNodes.report(violation, context.buildConstraintViolationWithTemplate(ViolationMessages.template(violation)));
    }
}
