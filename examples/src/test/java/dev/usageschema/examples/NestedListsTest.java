package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.BedrockCacheDetail;
import dev.usageschema.examples.providers.ImmutableBedrockCacheDetail;
import dev.usageschema.examples.providers.ImmutableBedrockTokenUsage;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableModalityTokenCount;
import dev.usageschema.examples.providers.Modality;
import dev.usageschema.examples.providers.ModalityTokenCount;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Lists of nested schemas: every element checked with its schema's rules, at its index. */
class NestedListsTest {

    private static ModalityTokenCount entry(Modality modality, int tokens) {
        return ImmutableModalityTokenCount.builder().modality(modality).tokenCount(tokens).build();
    }

    private static ImmutableGeminiUsageMetadata.Builder gemini() {
        return ImmutableGeminiUsageMetadata.builder()
                .promptTokenCount(100).candidatesTokenCount(50).totalTokenCount(150);
    }

    @Test
    void aValidListIsStoredAsAnUnmodifiableCopy() {
        List<ModalityTokenCount> details = new ArrayList<>(List.of(entry(Modality.TEXT, 80), entry(Modality.IMAGE, 20)));
        ImmutableGeminiUsageMetadata usage = gemini().promptTokensDetails(details).build();

        details.clear();

        assertThat(usage.promptTokensDetails().orElseThrow()).hasSize(2);
        assertThrows(UnsupportedOperationException.class,
                () -> usage.promptTokensDetails().orElseThrow().add(entry(Modality.AUDIO, 1)));
    }

    @Test
    void anElementBreakingItsOwnRuleIsReportedAtItsIndex() {
        ModalityTokenCount negative = new ModalityTokenCount() {
            @Override
            public Modality modality() {
                return Modality.AUDIO;
            }

            @Override
            public OptionalInt tokenCount() {
                return OptionalInt.of(-3);
            }
        };

        List<Violation> violations = gemini()
                .promptTokensDetails(List.of(entry(Modality.TEXT, 80), negative)).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.NON_NEGATIVE);
        assertThat(violations.get(0).wirePath()).isEqualTo("/promptTokensDetails/1/tokenCount");
        assertThat(violations.get(0).propertyPath()).isEqualTo("promptTokensDetails[1].tokenCount");
    }

    @Test
    void aForeignValidElementIsStoredAsTheElementSchemasModel() {
        ModalityTokenCount foreign = new ModalityTokenCount() {
            @Override
            public Modality modality() {
                return Modality.TEXT;
            }

            @Override
            public OptionalInt tokenCount() {
                return OptionalInt.of(7);
            }
        };

        ImmutableGeminiUsageMetadata usage = gemini().candidatesTokensDetails(List.of(foreign)).build();

        assertThat(usage.candidatesTokensDetails().orElseThrow().get(0)).isInstanceOf(ImmutableModalityTokenCount.class);
        assertThat(usage.candidatesTokensDetails().orElseThrow().get(0).tokenCount()).isEqualTo(OptionalInt.of(7));
    }

    @Test
    void aNullElementIsAViolationAtItsIndex() {
        List<ModalityTokenCount> withNull = new ArrayList<>();
        withNull.add(null);

        List<Violation> violations = gemini().promptTokensDetails(withNull).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.NOT_NULL);
        assertThat(violations.get(0).wirePath()).isEqualTo("/promptTokensDetails/0");
    }

    @Test
    void aBoundOnTheListBoundsEveryElement() {
        List<Violation> violations = gemini()
                .candidatesTokensDetails(List.of(entry(Modality.TEXT, 50), entry(Modality.AUDIO, 51))).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.AT_MOST);
        assertThat(violations.get(0).wirePath()).isEqualTo("/candidatesTokensDetails/1/tokenCount");
        assertThat(violations.get(0).message()).isEqualTo("tokenCount 51 > candidatesTokenCount 50");
    }

    private static BedrockCacheDetail cache(int tokens, String ttl) {
        return ImmutableBedrockCacheDetail.builder().inputTokens(tokens).ttl(ttl).build();
    }

    private static ImmutableBedrockTokenUsage.Builder bedrock() {
        return ImmutableBedrockTokenUsage.builder().inputTokens(10).outputTokens(20).cacheReadInputTokens(0);
    }

    @Test
    void aSumOverAListAddsTheCountOfEveryElement() {
        ImmutableBedrockTokenUsage usage = bedrock().cacheWriteInputTokens(300).totalTokens(330)
                .cacheDetails(List.of(cache(100, "5m"), cache(200, "1h"))).build();

        assertThat(usage.violations()).isEmpty();
    }

    @Test
    void aListThatDoesNotAddUpIsASumViolationNamingTheList() {
        List<Violation> violations = bedrock().cacheWriteInputTokens(250).totalTokens(280)
                .cacheDetails(List.of(cache(100, "5m"), cache(200, "1h"))).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.SUM);
        assertThat(violations.get(0).wirePath()).isEqualTo("/cacheWriteInputTokens");
        assertThat(violations.get(0).message()).isEqualTo("cacheDetails[].inputTokens 300 != cacheWriteInputTokens 250");
    }

    @Test
    void anEmptyListAddsUpToZeroAndAnAbsentOneSkipsTheRule() {
        assertThat(bedrock().cacheWriteInputTokens(5).totalTokens(35).cacheDetails(List.of()).violations().get(0).message())
                .isEqualTo("cacheDetails[].inputTokens 0 != cacheWriteInputTokens 5");
        assertThat(bedrock().cacheWriteInputTokens(5).totalTokens(35).violations()).isEmpty();
    }

    @Test
    void elementsAreAddedExactlyNeverWrappedToTheirIntType() {
        List<Violation> violations = bedrock().cacheWriteInputTokens(1).totalTokens(31)
                .cacheDetails(List.of(cache(Integer.MAX_VALUE, "5m"), cache(Integer.MAX_VALUE, "1h"))).violations();

        assertThat(violations.get(0).message()).isEqualTo("cacheDetails[].inputTokens 4294967294 != cacheWriteInputTokens 1");
    }

    @Test
    void oneEntryPerModality() {
        List<Violation> violations = gemini()
                .promptTokensDetails(List.of(entry(Modality.TEXT, 10), entry(Modality.AUDIO, 5), entry(Modality.TEXT, 3)))
                .violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).rule()).isEqualTo(Rule.UNIQUE);
        assertThat(violations.get(0).wirePath()).isEqualTo("/promptTokensDetails/2/modality");
        assertThat(violations.get(0).message()).isEqualTo("promptTokensDetails[2].modality TEXT repeats promptTokensDetails[0]");
    }
}
