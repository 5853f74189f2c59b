package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableModalityTokenCount;
import dev.usageschema.examples.providers.Modality;
import dev.usageschema.examples.seeds.seed003.ImmutableCompletionUsage;
import dev.usageschema.examples.validation.Billing;
import dev.usageschema.examples.validation.ImmutableBilledUsage;
import dev.usageschema.examples.validation.ImmutableCacheDetails;
import dev.usageschema.examples.validation.Severe;
import dev.usageschema.examples.validation.ValidationExample;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Generated models and builders inside real Hibernate Validator. */
class BeanValidationTest {

    private static final ValidatorFactory FACTORY = ValidationExample.withExpressionLanguage();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<String> describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }

    @Test
    void aWrongTotalIsAConstraintViolationAtTheTotalWithTheArithmetic() {
        var violations = ValidationExample.validateIncoming(VALIDATOR);

        assertThat(describe(violations)).containsExactly("totalTokens: must equal the sum of its parts"
                + " (promptTokens 703732 + completionTokens 394512 != totalTokens 119453)");
        ConstraintViolation<?> violation = violations.iterator().next();
        assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()).isEqualTo("ValidUsage");
        assertThat(violation.getMessageTemplate()).startsWith("{dev.usageschema.rule.SUM}");
    }

    @Test
    void nestedBoundsCountRulesAndRequiredPropertiesAllHaveTheirPaths() {
        var builder = ImmutableBilledUsage.builder()
                .model("m").promptTokens(5).completionTokens(-1)
                .promptTokensDetails(ImmutableCacheDetails.builder().cachedTokens(6).build());

        assertThat(describe(VALIDATOR.validate(builder))).containsExactly(
                "completionTokens: must be a count of zero or more (-1)",
                "currency: is required",
                "promptTokensDetails.cachedTokens: must not exceed its bound (cachedTokens 6 > promptTokens 5)",
                "totalTokens: is required");
    }

    @Test
    void floatingCountsMustBeWholeInsideHibernateValidatorToo() {
        var builder = ImmutableCompletionUsage.builder().promptTokens(1.5).completionTokens(1).totalTokens(2.5);

        assertThat(describe(VALIDATOR.validate(builder))).containsExactly(
                "promptTokens: must be a whole number of tokens (1.5)",
                "totalTokens: must be a whole number of tokens (2.5)");
    }

    @Test
    void aValidModelHasNoViolationsAndWarningsDoNotBecomeOnes() {
        var usage = GatewayUsageRecord.builder()
                .model("m").requestId(null).promptTokens(10).completionTokens(5).reasoningTokens(9).retries(0)
                .build();

        assertThat(VALIDATOR.validate(usage)).isEmpty();
        assertThat(usage.violations().stream().map(Violation::rule).toList()).containsExactly(Rule.AT_MOST);
        assertThat(usage.violations().get(0).isError()).isFalse();
    }

    @Test
    void theApplicationsConstraintsGroupsAndPayloadsAreCarriedOntoTheModel() {
        var violations = ValidationExample.validateForBilling(VALIDATOR);

        assertThat(describe(violations)).containsExactly(
                "currency: must be a currency billing knows",
                "promptTokens: must be less than or equal to 1000000");
        ConstraintViolation<?> currency = violations.stream()
                .filter(v -> v.getPropertyPath().toString().equals("currency")).findFirst().orElseThrow();
        assertThat(currency.getConstraintDescriptor().getPayload()).containsExactly(Severe.class);
        assertThat(currency.getInvalidValue()).isEqualTo("XYZ");
    }

    @Test
    void aConstraintInAGroupIsCheckedOnlyInThatGroup() {
        var usage = ImmutableBilledUsage.builder()
                .model("m").currency("EUR").promptTokens(2_000_000).completionTokens(0).totalTokens(2_000_000)
                .build();

        assertThat(VALIDATOR.validate(usage)).isEmpty();
        assertThat(describe(VALIDATOR.validate(usage, Billing.class)))
                .containsExactly("promptTokens: must be less than or equal to 1000000");
    }

    @Test
    void validCascadesIntoNestedSchemasAndOptionalCountsAreUnwrapped() {
        var usage = ImmutableBilledUsage.builder()
                .model("m").currency("EUR").promptTokens(500_000).completionTokens(0).totalTokens(500_000)
                .promptTokensDetails(ImmutableCacheDetails.builder().cachedTokens(200_000).build())
                .build();
        var absent = usage.toBuilder().promptTokensDetails(ImmutableCacheDetails.builder().build()).build();

        assertThat(describe(VALIDATOR.validate(usage)))
                .containsExactly("promptTokensDetails.cachedTokens: must be less than or equal to 100000");
        assertThat(VALIDATOR.validate(absent)).isEmpty();
    }

    @Test
    void messagesAreTranslated() {
        try (ValidatorFactory german = Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator())
                .buildValidatorFactory()) {
            var interpolator = german.getMessageInterpolator();
            var violation = ValidationExample.validateIncoming(german.getValidator()).iterator().next();

            String message = interpolator.interpolate(violation.getMessageTemplate(), new Context(violation), Locale.GERMAN);

            assertThat(message).isEqualTo("muss der Summe seiner Teile entsprechen"
                    + " (promptTokens 703732 + completionTokens 394512 != totalTokens 119453)");
        }
    }

    @Test
    void theApplicationsOwnBundleOverridesAMessage() {
        var builder = ImmutableBilledUsage.builder()
                .model(null).currency("EUR").promptTokens(1).completionTokens(1).totalTokens(2);

        assertThat(describe(VALIDATOR.validate(builder))).containsExactly("model: must be given (the application's wording)");
    }

    @Test
    void theParameterInterpolatorGivesTheSameMessagesWithoutExpressionLanguage() {
        try (ValidatorFactory withoutEl = ValidationExample.withParameterInterpolator()) {
            assertThat(describe(ValidationExample.validateIncoming(withoutEl.getValidator())))
                    .isEqualTo(describe(ValidationExample.validateIncoming(VALIDATOR)));
        }
    }

    @Test
    void anAdditionalPropertyThatShadowsADeclaredOneIsReportedWithItsName() {
        var builder = ImmutableCompletionUsage.builder().promptTokens(1).completionTokens(1).totalTokens(2)
                .putAdditionalProperties("totalTokens", 1);

        assertThat(describe(VALIDATOR.validate(builder)))
                .containsExactly("additionalProperties: must not use the name of a declared property (totalTokens)");
    }

    @Test
    void aMapKeyWithADotIsOneNodeAtItsKeyNotTwoProperties() {
        var builder = ImmutableCompletionUsage.builder().promptTokens(1).completionTokens(1).totalTokens(2)
                .putAdditionalProperties("gpt-4.1", new Object())
                .putAdditionalProperties("perModel", Map.of("o3.mini", new Object()));

        List<List<String>> paths = VALIDATOR.validate(builder).stream().map(violation -> nodes(violation.getPropertyPath()))
                .sorted(Comparator.comparing(List::toString)).toList();

        assertThat(paths).containsExactly(
                List.of("PROPERTY additionalProperties", "BEAN at key gpt-4.1"),
                List.of("PROPERTY additionalProperties", "PROPERTY at key perModel", "BEAN at key o3.mini")).inOrder();
    }

    @Test
    void anElementOfANestedListIsAtItsIndexOnTheNodeOfItsProperty() {
        var usage = ImmutableGeminiUsageMetadata.builder().promptTokenCount(1).candidatesTokenCount(0).totalTokenCount(1)
                .promptTokensDetails(List.of(ImmutableModalityTokenCount.builder().modality(Modality.TEXT).tokenCount(1)
                        .build(), ImmutableModalityTokenCount.builder().modality(Modality.AUDIO).tokenCount(2).build()));

        List<List<String>> paths = VALIDATOR.validate(usage).stream().map(violation -> nodes(violation.getPropertyPath()))
                .toList();

        assertThat(paths).containsExactly(List.of("PROPERTY promptTokensDetails", "PROPERTY tokenCount at index 1"));
    }

    private static List<String> nodes(Path path) {
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : path) {
            String position = node.getIndex() != null ? " at index " + node.getIndex()
                    : node.getKey() != null ? " at key " + node.getKey() : "";
            nodes.add(node.getKind() + (node.getName() == null ? "" : " " + node.getName()) + position);
        }
        return nodes;
    }

    /** The context an interpolator needs, taken from a violation that already happened. */
    private record Context(ConstraintViolation<?> violation) implements jakarta.validation.MessageInterpolator.Context {
        @Override
        public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
