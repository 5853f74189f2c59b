package dev.usageschema.examples.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The set-ups that README's validation section shows, compiled so that they stay true. */
public final class ValidationExample {

    private ValidationExample() {
    }

    /** Hibernate Validator with its default, EL-based interpolator (Expressly on the class path). */
    public static ValidatorFactory withExpressionLanguage() {
        return Validation.buildDefaultValidatorFactory();
    }

    /** Hibernate Validator without EL: message parameters only, no Expressly needed. */
    public static ValidatorFactory withParameterInterpolator() {
        return Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    /** A builder holding what a provider sent is validated before anything is built. */
    public static Set<ConstraintViolation<ImmutableBilledUsage.Builder>> validateIncoming(Validator validator) {
        ImmutableBilledUsage.Builder incoming = ImmutableBilledUsage.builder()
                .model("some-model").currency("EUR")
                .promptTokens(703732).completionTokens(394512).totalTokens(119453);
        return validator.validate(incoming);
        // -> totalTokens: must equal the sum of its parts
        //    (promptTokens 703732 + completionTokens 394512 != totalTokens 119453)
    }

    /** A built model is validated like any bean, with the application's constraints and groups. */
    public static Set<ConstraintViolation<ImmutableBilledUsage>> validateForBilling(Validator validator) {
        ImmutableBilledUsage usage = ImmutableBilledUsage.builder()
                .model("some-model").currency("XYZ")
                .promptTokens(2_000_000).completionTokens(10).totalTokens(2_000_010)
                .build();
        return validator.validate(usage, jakarta.validation.groups.Default.class, Billing.class);
        // -> currency: must be a currency billing knows
        //    promptTokens: must be less than or equal to 1000000
    }
}
