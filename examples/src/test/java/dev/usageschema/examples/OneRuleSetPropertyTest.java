package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.UsageViolationException;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiPromptDetails;
import dev.usageschema.examples.validation.ValidationExample;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * One rule set, whichever way a user validates: for random inputs, the violations that stop
 * {@code build()} and those Hibernate Validator reports are the same, by property and rule.
 */
class OneRuleSetPropertyTest {

    private static final ValidatorFactory FACTORY = ValidationExample.withExpressionLanguage();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterContainer
    static void close() {
        FACTORY.close();
    }

    @Property(tries = 1000)
    void openAiBuilderAndHibernateValidatorAgree(@ForAll("counts") long prompt, @ForAll("counts") long completion,
            @ForAll("counts") long randomTotal, @ForAll("counts") long cached, @ForAll boolean withDetails,
            @ForAll boolean consistent) {
        // Half the cases take the total the parts imply, so that valid values are as common as invalid ones.
        long total = consistent ? prompt + completion : randomTotal;
        var builder = ImmutableOpenAiChatUsage.builder().promptTokens(prompt).completionTokens(completion).totalTokens(total);
        if (withDetails) {
            builder.promptTokensDetails(ImmutableOpenAiPromptDetails.builder().cachedTokens(Math.abs(cached % 2000)).build());
        }

        Set<String> fromHibernate = fromHibernate(VALIDATOR.validate(builder));
        assertThat(fromBuild(builder::build)).isEqualTo(fromHibernate);
        assertThat(errors(builder.violations())).isEqualTo(fromHibernate);
    }

    @Property(tries = 1000)
    void derivedTotalsAgreeToo(@ForAll("counts") long input, @ForAll("counts") long output, @ForAll boolean cacheRead) {
        var builder = ImmutableAnthropicUsage.builder().inputTokens(input).outputTokens(output);
        if (cacheRead) {
            builder.cacheReadInputTokens(input);
        }

        assertThat(fromBuild(builder::build)).isEqualTo(fromHibernate(VALIDATOR.validate(builder)));
    }

    @Provide
    Arbitrary<Long> counts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-2, 1500),
                Arbitraries.longs().between(Long.MAX_VALUE - 2, Long.MAX_VALUE),
                Arbitraries.longs());
    }

    /** {@code build()}'s verdict: nothing when it builds, else every error it threw, as "path RULE". */
    private static Set<String> fromBuild(Runnable build) {
        try {
            build.run();
            return Set.of();
        } catch (UsageViolationException rejected) {
            return errors(rejected.violations());
        }
    }

    private static Set<String> errors(List<Violation> violations) {
        return violations.stream().filter(Violation::isError)
                .map(v -> v.propertyPath() + " " + v.rule()).collect(Collectors.toSet());
    }

    /** The rule is the key that opens each message template: {@code {dev.usageschema.rule.SUM}}. */
    private static Set<String> fromHibernate(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessageTemplate().replaceAll("^\\{dev\\.usageschema\\.rule\\.(\\w+)}.*$", "$1"))
                .collect(Collectors.toSet());
    }
}
