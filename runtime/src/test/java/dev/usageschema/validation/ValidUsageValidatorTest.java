package dev.usageschema.validation;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Checkable;
import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ValidUsageValidatorTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    /** Stands for a generated model: whatever violations it is given. */
    @ValidUsage
    private record Fixed(List<Violation> violations) implements Checkable {
    }

    private static Violation violation(Rule rule, Severity severity, String path, Object actual, String message) {
        return new Violation("/" + path.replace('.', '/'), path, rule, severity, actual, "x", message);
    }

    @Test
    void errorsBecomeViolationsAtTheirPathsAndWarningsDoNot() {
        Set<ConstraintViolation<Fixed>> violations = VALIDATOR.validate(new Fixed(List.of(
                violation(Rule.AT_MOST, Severity.ERROR, "details.cached", 10L, "cached 10 > prompt 9"),
                violation(Rule.SUM, Severity.WARNING, "total", 3L, "a 1 + b 1 != total 3"))));

        assertThat(violations).hasSize(1);
        ConstraintViolation<Fixed> only = violations.iterator().next();
        assertThat(only.getPropertyPath().toString()).isEqualTo("details.cached");
        assertThat(only.getMessage()).isEqualTo("must not exceed its bound (cached 10 > prompt 9)");
    }

    @Test
    void aValueWithoutErrorsIsValid() {
        assertThat(VALIDATOR.validate(new Fixed(List.of()))).isEmpty();
        assertThat(VALIDATOR.validate(new Fixed(List.of(
                violation(Rule.SUM, Severity.WARNING, "total", 3L, "a 1 + b 1 != total 3"))))).isEmpty();
    }

    @Test
    void valuesInMessagesAreNeverTakenForParametersOrExpressions() {
        Set<ConstraintViolation<Fixed>> violations = VALIDATOR.validate(new Fixed(List.of(
                violation(Rule.ADDITIONAL_PROPERTY, Severity.ERROR, "extra", "${'a'.concat('b')}{jakarta.validation.constraints.NotNull.message}\\",
                        "ignored"))));

        assertThat(violations.iterator().next().getMessage()).isEqualTo("must not use the name of a declared property"
                + " (${'a'.concat('b')}{jakarta.validation.constraints.NotNull.message}\\)");
    }
}
