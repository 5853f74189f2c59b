package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiPromptDetails;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiCompletionDetails;
import dev.usageschema.examples.providers.OpenAiPromptDetails;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every way a value comes to exist runs the same checks. */
class CreationPathsTest {

    private static final ImmutableOpenAiChatUsage VALID = ImmutableOpenAiChatUsage.builder()
            .promptTokens(9).completionTokens(12).totalTokens(21)
            .build();

    @Test
    void builderRejects() {
        assertRejectedTotal(() -> ImmutableOpenAiChatUsage.builder()
                .promptTokens(9).completionTokens(12).totalTokens(20).build());
    }

    @Test
    void toBuilderRejects() {
        assertThat(VALID.toBuilder().build()).isEqualTo(VALID);
        assertRejectedTotal(() -> VALID.toBuilder().totalTokens(20).build());
        assertRejectedTotal(() -> VALID.toBuilder().promptTokens(8).build());
        assertThat(VALID.toBuilder().extra(Map.of("service_tier", "flex")).build().extra()).containsExactly("service_tier", "flex");
    }

    @Test
    void copyOfAndFromRejectAForeignImplementation() {
        OpenAiChatUsage foreign = new HandWritten(9, 12, 20, null);

        assertRejectedTotal(() -> ImmutableOpenAiChatUsage.copyOf(foreign));
        assertRejectedTotal(() -> ImmutableOpenAiChatUsage.builder().from(foreign).build());
        assertThat(ImmutableOpenAiChatUsage.copyOf(new HandWritten(9, 12, 21, null))).isEqualTo(VALID);
        assertThat(ImmutableOpenAiChatUsage.copyOf(VALID)).isSameInstanceAs(VALID);
    }

    @Test
    void staticCheckValidatesAnyImplementationWithoutThrowing() {
        List<Violation> violations = ImmutableOpenAiChatUsage.check(new HandWritten(-1, 12, 11, null));

        assertThat(violations.stream().map(Violation::rule).toList()).containsExactly(Rule.NON_NEGATIVE);
        assertThat(ImmutableOpenAiChatUsage.check(VALID)).isEmpty();
    }

    @Test
    void aForeignNestedObjectIsCheckedAndCopiedIntoAnImmutableOne() {
        OpenAiPromptDetails negative = new HandWrittenPromptDetails(OptionalLong.of(-3));
        List<Violation> violations = ImmutableOpenAiChatUsage.check(new HandWritten(9, 12, 21, negative));

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).wirePath()).isEqualTo("/prompt_tokens_details/cached_tokens");
        assertThat(violations.get(0).propertyPath()).isEqualTo("promptTokensDetails.cachedTokens");
        assertThat(violations.get(0).rule()).isEqualTo(Rule.NON_NEGATIVE);

        var copied = ImmutableOpenAiChatUsage.copyOf(new HandWritten(9, 12, 21, new HandWrittenPromptDetails(OptionalLong.of(4))));
        assertThat(copied.promptTokensDetails().orElseThrow()).isInstanceOf(ImmutableOpenAiPromptDetails.class);
    }

    @Test
    void tryBuildReturnsEveryViolationInsteadOfThrowing() {
        Validated<ImmutableOpenAiChatUsage> result = ImmutableOpenAiChatUsage.builder()
                .promptTokens(-1).completionTokens(2).totalTokens(5)
                .promptTokensDetails(ImmutableOpenAiPromptDetails.builder().cachedTokens(7).build())
                .tryBuild();

        assertThat(result.isValid()).isFalse();
        assertThat(result.value()).isEmpty();
        assertThat(result.errors().stream().map(Violation::rule).toList()).containsExactly(Rule.NON_NEGATIVE);
        assertThrows(UsageViolationException.class, result::orElseThrow);
    }

    @Test
    void buildReportsEveryViolationAtOnce() {
        UsageViolationException rejected = assertThrows(UsageViolationException.class,
                () -> ImmutableOpenAiChatUsage.builder()
                        .promptTokens(9).completionTokens(-12).totalTokens(21)
                        .promptTokensDetails(ImmutableOpenAiPromptDetails.builder().cachedTokens(10).audioTokens(11).build())
                        .build());

        assertThat(rejected.violations().stream().map(Violation::wirePath).toList()).containsExactly(
                "/completion_tokens",
                "/prompt_tokens_details/cached_tokens",
                "/prompt_tokens_details/audio_tokens").inOrder();
        assertThat(rejected).hasMessageThat().startsWith("OpenAiChatUsage is invalid (3 violations):");
    }

    private static void assertRejectedTotal(org.junit.jupiter.api.function.Executable creation) {
        UsageViolationException rejected = assertThrows(UsageViolationException.class, creation);
        assertThat(rejected.violations().stream().map(Violation::rule).toList()).containsExactly(Rule.SUM);
        assertThat(rejected.violations().get(0).wirePath()).isEqualTo("/total_tokens");
    }

    /** What a user might have written by hand: no checks at all. */
    private record HandWritten(long promptTokens, long completionTokens, long totalTokens,
            OpenAiPromptDetails details) implements OpenAiChatUsage {

        @Override
        public Optional<OpenAiPromptDetails> promptTokensDetails() {
            return Optional.ofNullable(details);
        }

        @Override
        public Optional<OpenAiCompletionDetails> completionTokensDetails() {
            return Optional.empty();
        }

        @Override
        public Map<String, Object> extra() {
            return Map.of();
        }
    }

    private record HandWrittenPromptDetails(OptionalLong cachedTokens) implements OpenAiPromptDetails {

        @Override
        public OptionalLong audioTokens() {
            return OptionalLong.empty();
        }
    }
}
