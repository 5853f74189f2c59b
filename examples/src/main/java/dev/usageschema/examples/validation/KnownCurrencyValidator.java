package dev.usageschema.examples.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/** Checks {@link KnownCurrency}. */
public final class KnownCurrencyValidator implements ConstraintValidator<KnownCurrency, String> {

    private static final Set<String> KNOWN = Set.of("EUR", "USD", "GBP");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || KNOWN.contains(value);
    }
}
