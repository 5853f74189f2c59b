package dev.usageschema.examples.canonical;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.examples.ExampleFiles;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableBedrockTokenUsage;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.ImmutableOpenRouterUsage;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.json.JsonSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cases reported against the tools that normalise usage, each with its numbers, read from the
 * provider's JSON through the provider's schema and its mapping: the right canonical numbers, or the
 * violation that names what is wrong, never a plausible wrong number.
 */
class ReportedCasesTest {

    private static final UsageJson JSON = UsageJson.standard();

    private static <M> M read(String json, JsonSchema<M, ?> schema) {
        return JSON.read(json.getBytes(StandardCharsets.UTF_8), schema);
    }

    private static <M> Validated<M> tryRead(String json, JsonSchema<M, ?> schema) {
        return JSON.tryRead(json.getBytes(StandardCharsets.UTF_8), schema);
    }

    private static ImmutableCanonicalUsage withoutConvention(Validated<ImmutableCanonicalUsage> canonical) {
        return canonical.orElseThrow().toBuilder().convention(Optional.empty()).build();
    }

    private static List<String> rulesAt(List<Violation> violations) {
        return violations.stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    /** Portkey: prompt tokens 100 through Anthropic, 150 through Bedrock's OpenAI shape; 50 cache reads, total 250. */
    @Test
    void theSameClaudeCallGivesTheSameCanonicalUsageThroughAnthropicBedrockAndAnOpenAiShapedGateway() {
        ImmutableAnthropicUsage anthropic = read(
                "{\"input_tokens\":100,\"output_tokens\":100,\"cache_read_input_tokens\":50}",
                ImmutableAnthropicUsage.jsonSchema());
        ImmutableBedrockTokenUsage bedrock = read("{\"inputTokens\":100,\"outputTokens\":100,"
                + "\"cacheReadInputTokens\":50,\"cacheWriteInputTokens\":null,\"totalTokens\":250}",
                ImmutableBedrockTokenUsage.jsonSchema());
        ImmutableOpenAiChatUsage gateway = read("{\"prompt_tokens\":150,\"completion_tokens\":100,"
                + "\"total_tokens\":250,\"prompt_tokens_details\":{\"cached_tokens\":50}}",
                ImmutableOpenAiChatUsage.jsonSchema());

        ImmutableCanonicalUsage expected = ImmutableCanonicalUsage.builder()
                .inputTokens(150).inputUncachedTokens(100).cacheReadTokens(50)
                .outputTokens(100).outputTextTokens(100).totalTokens(250)
                .build();
        assertThat(withoutConvention(anthropic.toCanonical())).isEqualTo(expected);
        assertThat(withoutConvention(bedrock.toCanonical())).isEqualTo(expected);
        assertThat(withoutConvention(gateway.toCanonical())).isEqualTo(expected);
        assertThat(anthropic.toCanonical().orElseThrow().convention()).hasValue("anthropic-messages");
        assertThat(bedrock.toCanonical().orElseThrow().convention()).hasValue("bedrock-converse");
    }

    /** Portkey's OpenAI shape of the Anthropic form: prompt 100 beside 50 cache reads, yet total 250. */
    @Test
    void anAnthropicCallInAnOpenAiShapeThatLeavesTheCacheOutOfThePromptIsASumViolation() {
        Validated<ImmutableOpenAiChatUsage> read = tryRead("{\"prompt_tokens\":100,\"completion_tokens\":100,"
                + "\"total_tokens\":250,\"prompt_tokens_details\":{\"cached_tokens\":50}}",
                ImmutableOpenAiChatUsage.jsonSchema());

        assertThat(read.isValid()).isFalse();
        assertThat(rulesAt(read.violations())).containsExactly("SUM /total_tokens");
    }

    /** Langfuse: OpenRouter input 17,903 of which 17,817 cached was shown as an input of 35,720. */
    @Test
    void openRoutersCachedTokensLieInsideThePromptSoTheUncachedInputIs86() {
        ImmutableCanonicalUsage canonical = read("{\"prompt_tokens\":17903,\"completion_tokens\":200,"
                + "\"total_tokens\":18103,\"prompt_tokens_details\":{\"cached_tokens\":17817}}",
                ImmutableOpenRouterUsage.jsonSchema()).toCanonical().orElseThrow();

        assertThat(canonical.inputTokens()).isEqualTo(17_903);
        assertThat(canonical.cacheReadTokens()).hasValue(17_817);
        assertThat(canonical.inputUncachedTokens()).isEqualTo(86);
        assertThat(canonical.totalTokens()).isEqualTo(18_103);
    }

    /** Langfuse: output 1,970 of which 956 reasoning was shown as an output of 2,926. */
    @Test
    void reasoningInsideTheCompletionIsAPartOfTheOutputNotAddedToIt() {
        ImmutableCanonicalUsage canonical = read("{\"prompt_tokens\":30,\"completion_tokens\":1970,"
                + "\"total_tokens\":2000,\"completion_tokens_details\":{\"reasoning_tokens\":956}}",
                ImmutableOpenAiChatUsage.jsonSchema()).toCanonical().orElseThrow();

        assertThat(canonical.outputTokens()).isEqualTo(1_970);
        assertThat(canonical.reasoningTokens()).hasValue(956);
        assertThat(canonical.outputTextTokens()).isEqualTo(1_014);
        assertThat(canonical.totalTokens()).isEqualTo(2_000);
    }

    /** Langfuse: reasoning 109 > completion 102 passed through a proxy unnoticed. */
    @Test
    void reasoningAboveTheCompletionIsAnAtMostViolationInTheProvidersSchema() {
        Validated<ImmutableOpenAiChatUsage> read = tryRead("{\"prompt_tokens\":10,\"completion_tokens\":102,"
                + "\"total_tokens\":112,\"completion_tokens_details\":{\"reasoning_tokens\":109}}",
                ImmutableOpenAiChatUsage.jsonSchema());

        assertThat(read.isValid()).isFalse();
        Violation violation = read.violations().get(0);
        assertThat(rulesAt(read.violations())).containsExactly("AT_MOST /completion_tokens_details/reasoning_tokens");
        assertThat(violation.message()).contains("reasoningTokens 109 > completionTokens 102");
    }

    /** The same payload through a gateway's schema that only warns about it: the canonical usage refuses it. */
    @Test
    void reasoningAboveTheCompletionThatAProvidersSchemaOnlyWarnsAboutIsNeverMappedToValidNumbers() {
        Validated<GatewayUsageRecord> read = tryRead("{\"model\":\"m\",\"request_id\":null,\"prompt_tokens\":10,"
                + "\"completion_tokens\":102,\"reasoning_tokens\":109,\"retries\":0}", GatewayUsageRecord.jsonSchema());
        assertThat(rulesAt(read.violations())).containsExactly("AT_MOST /reasoning_tokens");
        assertThat(read.violations().get(0).severity()).isEqualTo(Severity.WARNING);

        Validated<ImmutableCanonicalUsage> canonical = read.orElseThrow().toCanonical();

        assertThat(canonical.isValid()).isFalse();
        assertThat(rulesAt(canonical.errors())).containsExactly("NON_NEGATIVE /output_text_tokens",
                "AT_MOST /reasoning_tokens");
    }

    /** Three OpenRouter calls of 0.000582 credits each cost 0.001746, exactly, as a provider sum and canonically. */
    @Test
    void aCostAddsUpExactlyAcrossCalls() {
        ImmutableOpenRouterUsage call = read(new String(ExampleFiles.bytes("providers/openrouter.json"),
                StandardCharsets.UTF_8), ImmutableOpenRouterUsage.jsonSchema());

        ImmutableOpenRouterUsage three = Stream.of(call, call, call)
                .collect(ImmutableOpenRouterUsage.adder().summing()).sum().orElseThrow();
        ImmutableCanonicalUsage canonical = Stream.of(call, call, call)
                .map(usage -> usage.toCanonical().orElseThrow())
                .collect(ImmutableCanonicalUsage.adder().summing()).sum().orElseThrow();

        assertThat(three.cost()).hasValue(new BigDecimal("0.001746"));
        assertThat(canonical.cost()).hasValue(new BigDecimal("0.001746"));
        assertThat(canonical.inputUncachedTokens()).isEqualTo(3 * 86);
        assertThat(canonical.convention()).isEmpty();
    }

    /** any-llm: Gemini prompt 20 + candidates 198 with total 623; the 405 thinking tokens were dropped. */
    @Test
    void geminisThoughtsAreReasoningBesideTheCandidatesAndKeptInTheOutput() {
        ImmutableCanonicalUsage canonical = read("{\"promptTokenCount\":20,\"candidatesTokenCount\":198,"
                + "\"thoughtsTokenCount\":405,\"totalTokenCount\":623}", ImmutableGeminiUsageMetadata.jsonSchema())
                .toCanonical().orElseThrow();

        assertThat(canonical.inputTokens()).isEqualTo(20);
        assertThat(canonical.reasoningTokens()).hasValue(405);
        assertThat(canonical.outputTextTokens()).isEqualTo(198);
        assertThat(canonical.outputTokens()).isEqualTo(603);
        assertThat(canonical.totalTokens()).isEqualTo(623);
        assertThat(canonical.unattributedTokens()).isEmpty();
    }

    @Test
    void aGeminiTotalWhoseThoughtsWereDroppedIsASumViolation() {
        Validated<ImmutableGeminiUsageMetadata> read = tryRead("{\"promptTokenCount\":20,\"candidatesTokenCount\":198,"
                + "\"totalTokenCount\":623}", ImmutableGeminiUsageMetadata.jsonSchema());

        assertThat(rulesAt(read.violations())).containsExactly("SUM /totalTokenCount");
    }

    /**
     * Vercel AI SDK 6 and after: its input total includes the cache counts, and code that still added
     * them over-billed. The same Anthropic call, natively and through the SDK: one canonical input.
     */
    @Test
    void anInputThatAlreadyIncludesTheCacheIsNeverCountedTwice() {
        ImmutableAnthropicUsage anthropic = ImmutableAnthropicUsage.builder()
                .inputTokens(100).outputTokens(100).cacheReadInputTokens(50).build();
        ImmutableAiSdkUsage sdk = ImmutableAiSdkUsage.builder()
                .inputTokens(ImmutableAiSdkUsage_InputTokens.builder().total(150).noCache(100).cacheRead(50).build())
                .outputTokens(ImmutableAiSdkUsage_OutputTokens.builder().total(100).text(100).build())
                .build();

        ImmutableCanonicalUsage native_ = withoutConvention(anthropic.toCanonical());
        ImmutableCanonicalUsage throughSdk = withoutConvention(sdk.toCanonical());

        assertThat(throughSdk).isEqualTo(native_);
        assertThat(throughSdk.inputTokens()).isEqualTo(150);
        assertThat(throughSdk.inputUncachedTokens()).isEqualTo(100);
        assertThat(throughSdk.totalTokens()).isEqualTo(250);
    }
}
