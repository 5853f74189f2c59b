package dev.usageschema.examples.sum;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.AnthropicStreamUsage;
import dev.usageschema.examples.providers.CohereUsage;
import dev.usageschema.examples.providers.GeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableAnthropicStreamUsage;
import dev.usageschema.examples.providers.ImmutableCohereUsage;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableOllamaUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.OllamaUsage;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Streamed responses in each provider's style, as their documented event sequences carry usage:
 * each test feeds the usage of every chunk in order ({@code null} for a chunk without usage), read
 * from the provider's JSON, and checks the one usage the stream adds up to, including each way
 * SDKs have got it wrong.
 */
class StreamAccumulationTest {

    private static final UsageJson JSON = UsageJson.standard();

    /** Feeds each chunk's usage JSON ({@code null}: the chunk carries none) and finishes. */
    private static <X, M extends X> Total<X, M> stream(UsageStream<X, M> stream, JsonSchema<M, ?> schema,
            String... chunks) {
        for (String chunk : chunks) {
            stream.chunk(chunk == null ? null : JSON.read(chunk, schema));
        }
        return stream.finish();
    }

    private static Total<AnthropicStreamUsage, ImmutableAnthropicStreamUsage> anthropic(String... chunks) {
        return stream(ImmutableAnthropicStreamUsage.adder().newStream(), ImmutableAnthropicStreamUsage.jsonSchema(),
                chunks);
    }

    /** The stream's warnings, then each rejected chunk's violations at {@code /index} followed by the path. */
    private static List<String> where(Total<?, ?> total) {
        List<String> where = new ArrayList<>();
        total.warnings().forEach(warning -> where.add(warning.rule() + " " + warning.wirePath()));
        total.rejected().forEach(chunk -> chunk.violations().forEach(violation -> where.add(violation.rule() + " /"
                + chunk.index() + violation.wirePath())));
        return where;
    }

    // ---- Anthropic: message_start, then message_delta with running totals

    private static final String START = "{\"input_tokens\":472,\"cache_creation_input_tokens\":0,"
            + "\"cache_read_input_tokens\":1200,\"cache_creation\":{\"ephemeral_5m_input_tokens\":0,"
            + "\"ephemeral_1h_input_tokens\":0},\"output_tokens\":2,\"service_tier\":\"standard\"}";

    @Test
    void anthropicsDeltaReplacesTheStartsOutputRatherThanAddingToIt() {
        // message_start, ping, content_block_start, two content_block_delta, content_block_stop, message_delta, message_stop
        Total<AnthropicStreamUsage, ImmutableAnthropicStreamUsage> usage = anthropic(START, null, null, null, null, null,
                "{\"output_tokens\":15}", null);

        ImmutableAnthropicStreamUsage total = usage.sum().orElseThrow();
        assertThat(total.outputTokens()).isEqualTo(15); // not 2 + 15 (double counting), not 2 (the first partial value)
        assertThat(total.inputTokens()).isEqualTo(OptionalLong.of(472)); // not 0: the delta leaves it out
        assertThat(total.cacheReadInputTokens()).isEqualTo(OptionalLong.of(1200));
        assertThat(total.cacheCreation()).isPresent(); // the start's detail object is kept
        assertThat(total.totalTokens()).isEqualTo(472 + 15 + 1200);
        assertThat(total.serviceTier()).hasValue("standard");
    }

    @Test
    void aLaterNullNeverWipesAnEarlierCountAndALargerInputIsTaken() {
        Total<AnthropicStreamUsage, ImmutableAnthropicStreamUsage> usage = anthropic(START, null,
                "{\"input_tokens\":null,\"cache_creation_input_tokens\":null,\"cache_read_input_tokens\":null,"
                        + "\"output_tokens\":40}",
                "{\"input_tokens\":10682,\"cache_creation_input_tokens\":null,\"cache_read_input_tokens\":null,"
                        + "\"output_tokens\":510}");

        ImmutableAnthropicStreamUsage total = usage.sum().orElseThrow();
        assertThat(total.inputTokens()).isEqualTo(OptionalLong.of(10682));
        assertThat(total.cacheReadInputTokens()).isEqualTo(OptionalLong.of(1200));
        assertThat(total.outputTokens()).isEqualTo(510);
    }

    @Test
    void aRunningTotalThatGoesDownRejectsItsChunkAndTheUsageSoFarStays() {
        Total<AnthropicStreamUsage, ImmutableAnthropicStreamUsage> usage = anthropic(START, "{\"output_tokens\":15}",
                null, "{\"output_tokens\":9}", "{\"output_tokens\":20}");

        assertThat(where(usage)).containsExactly("COUNT_DECREASED /3/output_tokens");
        assertThat(usage.rejected().get(0).violations().get(0).message()).contains("went down from 15 to 9");
        // What was accumulated is there, and a later chunk that goes on from it is taken.
        assertThat(usage.sum().orElseThrow().outputTokens()).isEqualTo(20);
        assertThat(usage.acceptedCount()).isEqualTo(3);
        assertThat(usage.rejectedCount()).isEqualTo(1);
        assertThat(usage.allOrNothing().isValid()).isFalse();
    }

    @Test
    void summingAnthropicsChunksAsDeltasWouldDoubleCount() {
        Total<AnthropicStreamUsage, ImmutableAnthropicStreamUsage> wrongStyle = stream(
                ImmutableAnthropicStreamUsage.adder().newStream(StreamStyle.DELTA), ImmutableAnthropicStreamUsage.jsonSchema(),
                START, "{\"output_tokens\":15}");

        assertThat(wrongStyle.sum().orElseThrow().outputTokens()).isEqualTo(17);
        assertThat(anthropic(START, "{\"output_tokens\":15}").sum().orElseThrow().outputTokens()).isEqualTo(15);
    }

    // ---- OpenAI Chat with stream_options.include_usage: usage once, on a last chunk with no choices

    private static Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> openAi(String... chunks) {
        return stream(ImmutableOpenAiChatUsage.adder().newStream(), ImmutableOpenAiChatUsage.jsonSchema(), chunks);
    }

    private static final String OPENAI_USAGE = "{\"prompt_tokens\":19,\"completion_tokens\":10,\"total_tokens\":29,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0}}";

    @Test
    void openAisFinalUsageIsTheStreamsWhereverItComes() {
        assertThat(openAi(null, null, null, OPENAI_USAGE).sum().orElseThrow().totalTokens()).isEqualTo(29);
        // A gateway that puts the usage on the chunk that also carries the last content, mid-stream.
        assertThat(openAi(null, OPENAI_USAGE, null).sum().orElseThrow().totalTokens()).isEqualTo(29);
    }

    @Test
    void aSecondUsageInAFinalOnlyStreamIsRejectedAndTheSameAgainAWarning() {
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> twice = openAi(null, OPENAI_USAGE, OPENAI_USAGE);
        assertThat(twice.sum().orElseThrow().totalTokens()).isEqualTo(29); // Groq sends the last usage twice
        assertThat(twice.warnings()).hasSize(1);
        assertThat(twice.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(where(twice)).containsExactly("REPEATED_USAGE /2");
        assertThat(twice.acceptedCount()).isEqualTo(2);

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> different = openAi(OPENAI_USAGE, null,
                "{\"prompt_tokens\":19,\"completion_tokens\":11,\"total_tokens\":30}");
        assertThat(where(different)).containsExactly("REPEATED_USAGE /2");
        assertThat(different.rejected().get(0).violations().get(0).isError()).isTrue();
        assertThat(different.rejected().get(0).value().orElseThrow().totalTokens()).isEqualTo(30);
        assertThat(different.sum().orElseThrow().totalTokens()).isEqualTo(29); // the first usage stays
    }

    @Test
    void aStreamThatEndsWithoutUsageSaysSo() {
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> none = openAi(null, null, null);

        assertThat(none.sum()).isEmpty();
        assertThat(none.acceptedCount() + none.rejectedCount()).isEqualTo(0);
        Validated<ImmutableOpenAiChatUsage> strict = none.allOrNothing();
        assertThat(only(strict).rule()).isEqualTo(Rule.NO_USAGE);
        assertThat(only(strict).message()).contains("3 chunks");
    }

    @Test
    void aChunksInvalidUsageIsRejectedAtItsIndexNotSkipped() {
        OpenAiChatUsage wrongTotal = ImmutableOpenAiChatUsage.builder().promptTokens(1).completionTokens(1).totalTokens(2)
                .build();
        UsageStream<OpenAiChatUsage, ImmutableOpenAiChatUsage> stream = ImmutableOpenAiChatUsage.adder().newStream();
        stream.chunk(null).chunk(new OpenAiChatUsageWithTotal(wrongTotal, 3));

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> usage = stream.finish();
        assertThat(where(usage)).containsExactly("SUM /1/total_tokens");
        assertThat(usage.sum()).isEmpty();
    }

    // ---- Ollama (the done chunk carries the counts and durations) and Cohere (message-end)

    @Test
    void ollamasDoneChunkIsTheStreamsUsage() {
        Total<OllamaUsage, ImmutableOllamaUsage> usage = stream(ImmutableOllamaUsage.adder().newStream(),
                ImmutableOllamaUsage.jsonSchema(), null, null, null,
                "{\"prompt_eval_count\":26,\"eval_count\":298,\"total_duration\":5043500667,"
                        + "\"load_duration\":5025959,\"prompt_eval_duration\":325953000,\"eval_duration\":4709213000}");

        assertThat(usage.sum().orElseThrow().evalCount()).isEqualTo(OptionalLong.of(298));
        assertThat(usage.sum().orElseThrow().totalDuration()).isEqualTo(OptionalLong.of(5043500667L));
    }

    @Test
    void coheresMessageEndIsTheStreamsUsage() {
        Total<CohereUsage, ImmutableCohereUsage> usage = stream(ImmutableCohereUsage.adder().newStream(),
                ImmutableCohereUsage.jsonSchema(), null, null,
                "{\"billed_units\":{\"input_tokens\":25,\"output_tokens\":48},"
                        + "\"tokens\":{\"input_tokens\":71,\"output_tokens\":48}}");

        assertThat(usage.sum().orElseThrow().tokens().orElseThrow().inputTokens()).isEqualTo(OptionalDouble.of(71));
    }

    // ---- Gemini: usageMetadata on every chunk, the usage so far

    private static Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> gemini(UsageStream<GeminiUsageMetadata,
            ImmutableGeminiUsageMetadata> stream, String... chunks) {
        return stream(stream, ImmutableGeminiUsageMetadata.jsonSchema(), chunks);
    }

    @Test
    void geminisLastChunkIsTheStreamsUsage() {
        Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> usage = gemini(ImmutableGeminiUsageMetadata.adder().newStream(),
                "{\"promptTokenCount\":8,\"totalTokenCount\":8}",
                "{\"promptTokenCount\":8,\"candidatesTokenCount\":12,\"totalTokenCount\":20}",
                "{\"promptTokenCount\":8,\"candidatesTokenCount\":30,\"thoughtsTokenCount\":4,\"totalTokenCount\":42,"
                        + "\"promptTokensDetails\":[{\"modality\":\"TEXT\",\"tokenCount\":8}]}");

        assertThat(usage.sum().orElseThrow()).isEqualTo(JSON.read("{\"promptTokenCount\":8,\"candidatesTokenCount\":30,"
                + "\"thoughtsTokenCount\":4,\"totalTokenCount\":42,\"promptTokensDetails\":[{\"modality\":\"TEXT\","
                + "\"tokenCount\":8}]}", ImmutableGeminiUsageMetadata.jsonSchema()));
    }

    @Test
    void geminisCountsThatGoDownWithServerToolsCanBeAWarning() {
        String[] chunks = {"{\"promptTokenCount\":8,\"candidatesTokenCount\":12,\"toolUsePromptTokenCount\":90,"
                + "\"totalTokenCount\":110}", "{\"promptTokenCount\":8,\"candidatesTokenCount\":20,"
                + "\"toolUsePromptTokenCount\":70,\"totalTokenCount\":98}"};

        Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> strict = gemini(
                ImmutableGeminiUsageMetadata.adder().newStream(), chunks);
        assertThat(where(strict)).containsExactly("COUNT_DECREASED /1/toolUsePromptTokenCount",
                "COUNT_DECREASED /1/totalTokenCount").inOrder();
        assertThat(strict.sum().orElseThrow().totalTokenCount()).isEqualTo(110);
        Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> lenient = gemini(
                ImmutableGeminiUsageMetadata.adder().newStream().decreases(Severity.WARNING), chunks);
        assertThat(lenient.sum().orElseThrow().totalTokenCount()).isEqualTo(98);
        assertThat(lenient.rejected()).isEmpty();
        Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> unchecked = gemini(
                ImmutableGeminiUsageMetadata.adder().newStream().decreases(Severity.OFF), chunks);
        assertThat(unchecked.sum().orElseThrow().totalTokenCount()).isEqualTo(98);
        assertThat(where(unchecked)).isEmpty();
        assertThat(where(lenient)).containsExactly("COUNT_DECREASED /1/toolUsePromptTokenCount",
                "COUNT_DECREASED /1/totalTokenCount").inOrder();
    }

    // ---- delta: each chunk its own increment

    @Test
    void aDeltaStreamAddsEveryChunk() {
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> usage = stream(ImmutableOpenAiChatUsage.adder().newStream(StreamStyle.DELTA),
                ImmutableOpenAiChatUsage.jsonSchema(), "{\"prompt_tokens\":19,\"completion_tokens\":0,\"total_tokens\":19}",
                null, "{\"prompt_tokens\":0,\"completion_tokens\":4,\"total_tokens\":4}",
                "{\"prompt_tokens\":0,\"completion_tokens\":6,\"total_tokens\":6}");

        assertThat(usage.sum().orElseThrow().totalTokens()).isEqualTo(29);
        assertThat(usage.sum().orElseThrow().completionTokens()).isEqualTo(10);
    }

    @Test
    void aFinishedStreamTakesNoMoreChunks() {
        UsageStream<OpenAiChatUsage, ImmutableOpenAiChatUsage> stream = ImmutableOpenAiChatUsage.adder().newStream();
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> usage = stream.chunk(JSON.read(OPENAI_USAGE,
                ImmutableOpenAiChatUsage.jsonSchema())).finish();

        assertThat(stream.finish()).isSameInstanceAs(usage);
        IllegalStateException late = assertThrows(IllegalStateException.class, () -> stream.chunk(null));
        assertThat(late).hasMessageThat().contains("has finished after 1 chunks");
    }

    @Test
    void aSchemaThatDoesNotSayItsStyleIsToldPerStream() {
        IllegalStateException unsaid = assertThrows(IllegalStateException.class,
                () -> ImmutableCallUsage.adder().newStream());
        assertThat(unsaid).hasMessageThat().contains("pass it to newStream(StreamStyle)");
    }

    private static Violation only(Validated<?> result) {
        assertThat(result.violations()).hasSize(1);
        return result.violations().get(0);
    }

    /** An implementation of the schema that a caller built by hand, with a total of its own. */
    private record OpenAiChatUsageWithTotal(OpenAiChatUsage usage, long totalTokens) implements OpenAiChatUsage {
        public long promptTokens() {
            return usage.promptTokens();
        }

        public long completionTokens() {
            return usage.completionTokens();
        }

        public java.util.Optional<dev.usageschema.examples.providers.OpenAiPromptDetails> promptTokensDetails() {
            return usage.promptTokensDetails();
        }

        public java.util.Optional<dev.usageschema.examples.providers.OpenAiCompletionDetails> completionTokensDetails() {
            return usage.completionTokensDetails();
        }

        public java.util.Map<String, Object> extra() {
            return usage.extra();
        }
    }
}
