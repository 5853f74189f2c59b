package dev.usageschema.examples.beans;

import static com.google.common.truth.Truth.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A schema of getters inside Hibernate Validator: it reads the constraints on the declared
 * getters itself, each once, under the property names without prefix that the schema's checks use too.
 */
class BeanStyleValidationTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<String> describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }

    @Test
    void constraintsOnGettersAreEnforcedOnceAndCascadeIntoNestedGetters() {
        var usage = ImmutableBeanStyleUsage.builder()
                .promptTokens(2_000).completionTokens(0).totalTokens(2_000)
                .promptTokensDetails(ImmutableBeanStyleCacheDetails.builder().cachedTokens(200_000).build())
                .build();
        var absent = usage.toBuilder().promptTokens(10).totalTokens(10)
                .promptTokensDetails(ImmutableBeanStyleCacheDetails.builder().build())
                .build();

        assertThat(usage.getPromptTokens()).isEqualTo(2_000);
        assertThat(describe(VALIDATOR.validate(usage))).containsExactly(
                "promptTokens: must be less than or equal to 1000",
                "promptTokensDetails.cachedTokens: must be less than or equal to 100000");
        assertThat(VALIDATOR.validate(absent)).isEmpty();
    }

    @Test
    void theSchemasOwnRulesUseTheNamesWithoutPrefix() {
        var builder = ImmutableBeanStyleUsage.builder().promptTokens(1).completionTokens(1).totalTokens(3);

        assertThat(describe(VALIDATOR.validate(builder))).containsExactly("totalTokens: must equal the sum of its parts"
                + " (promptTokens 1 + completionTokens 1 != totalTokens 3)");
        assertThat(builder.violations().get(0).wirePath()).isEqualTo("/total_tokens");
    }
}
