package dev.usageschema.providers;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.providers.anthropic.ImmutableMessagesUsage;
import dev.usageschema.providers.anthropic.MessagesUsage;
import dev.usageschema.providers.gateways.ImmutableOpperUsage;
import dev.usageschema.providers.google.GeminiUsageMetadata;
import dev.usageschema.providers.google.ImmutableGeminiUsageMetadata;
import dev.usageschema.providers.groq.ChatUsage;
import dev.usageschema.providers.groq.ImmutableChatUsage;
import dev.usageschema.providers.openrouter.ImmutableChatUsage_CostDetails;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageStream;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a hostile or careless sender does to the catalogue's schemas, through both majors. */
class HostileInputTest {

    private static String read(String id, String usage, JsonMajor json) {
        return Outcome.ofUsage(Providers.named(id).orElseThrow(), usage, json);
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void aFieldTheSchemaLacksIsReportedWhereItStandsAndTheRestIsRead(JsonMajor json) {
        assertThat(read("openai-chat", "{\"prompt_tokens\":1187,\"completion_tokens\":19,\"total_tokens\":1206,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":1024,\"audio_tokens\":0,\"video_tokens\":0},"
                + "\"service_tier_tokens\":3}", json))
                .isEqualTo("WARNING UNKNOWN_PROPERTY /prompt_tokens_details/video_tokens;"
                        + " WARNING UNKNOWN_PROPERTY /service_tier_tokens;"
                        + " input=1187 input_uncached=163 cache_read=1024 input_audio=0 output=19 output_text=19 total=1206");
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void aNullWhereACountBelongsIsRejectedUnlessTheProviderSendsOne(JsonMajor json) {
        assertThat(read("openai-chat", "{\"prompt_tokens\":null,\"completion_tokens\":3,\"total_tokens\":3}", json))
                .isEqualTo("ERROR NOT_NULL /prompt_tokens");
        assertThat(read("anthropic-messages", "{\"input_tokens\":12,\"output_tokens\":null}", json))
                .isEqualTo("ERROR NOT_NULL /output_tokens");
        // A message_delta's input counts may be null: unknown, the canonical input counting them as 0.
        assertThat(read("anthropic-messages", "{\"input_tokens\":null,\"cache_read_input_tokens\":null,\"output_tokens\":14}", json))
                .isEqualTo("input=0 input_uncached=0 output=14 output_text=14 total=14");
        assertThat(read("vllm", "{\"prompt_tokens\":21,\"total_tokens\":21,\"completion_tokens\":null}", json))
                .isEqualTo("input=21 input_uncached=21 output=0 output_text=0 total=21");
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void aCacheAboveThePromptIsRejectedWhereTheCacheIsInsideIt(JsonMajor json) {
        // Anthropic's counts in OpenAI's shape: the cache beside the prompt, where OpenAI counts it inside.
        assertThat(read("openai-chat", "{\"prompt_tokens\":100,\"completion_tokens\":100,\"total_tokens\":200,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":50,\"cache_write_tokens\":60}}", json))
                .isEqualTo("ERROR SUM /prompt_tokens");
        assertThat(read("openai-responses", "{\"input_tokens\":9,\"input_tokens_details\":{\"cached_tokens\":10},"
                + "\"output_tokens\":1,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":10}", json))
                .isEqualTo("ERROR SUM /input_tokens; ERROR AT_MOST /input_tokens_details/cached_tokens");
        // Beside the input, Anthropic's cache reads may be any size.
        assertThat(read("anthropic-messages", "{\"input_tokens\":9,\"cache_read_input_tokens\":10,\"output_tokens\":1}", json))
                .isEqualTo("input=19 input_uncached=9 cache_read=10 output=1 output_text=1 total=20");
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void numbersOutsideTheWireTypeOrWithAFractionAreRejected(JsonMajor json) {
        assertThat(read("gemini", "{\"promptTokenCount\":3000000000,\"totalTokenCount\":3000000000}", json))
                .isEqualTo("ERROR INT32_RANGE /promptTokenCount; ERROR INT32_RANGE /totalTokenCount");
        assertThat(read("cohere-chat-v2", "{\"billed_units\":{\"input_tokens\":12.0,\"output_tokens\":8},"
                + "\"tokens\":{\"input_tokens\":507,\"output_tokens\":11.5}}", json))
                .isEqualTo("ERROR WHOLE_NUMBER /tokens/output_tokens");
        assertThat(read("cohere-chat-v2", "{\"billed_units\":{\"input_tokens\":12.0,\"output_tokens\":8},"
                + "\"tokens\":{\"input_tokens\":507,\"output_tokens\":11}}", json))
                .isEqualTo("input=12 input_uncached=12 output=8 output_text=8 total=20");
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void vertexsEnumNumbersReadAsTheirConstantsAndANumberNoneHasIsRejected(JsonMajor json) {
        assertThat(read("gemini", "{\"promptTokenCount\":9,\"totalTokenCount\":9,\"trafficType\":1,"
                + "\"promptTokensDetails\":[{\"modality\":1,\"tokenCount\":9}]}", json))
                .isEqualTo("input=9 input_uncached=9 output=0 output_text=0 total=9");
        assertThat(read("gemini", "{\"promptTokenCount\":9,\"totalTokenCount\":9,"
                + "\"promptTokensDetails\":[{\"modality\":9,\"tokenCount\":9},{\"modality\":1.0,\"tokenCount\":0}]}", json))
                .isEqualTo("ERROR JSON_TYPE /promptTokensDetails/0/modality; ERROR JSON_TYPE /promptTokensDetails/1/modality");
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void aRenamedFieldReadsUnderItsOldNameAndBothNamesTogetherAreADuplicate(JsonMajor json) {
        assertThat(read("mistral-chat", "{\"prompt_tokens\":1380,\"total_tokens\":1401,\"completion_tokens\":21,"
                + "\"prompt_token_details\":{\"cached_tokens\":1216}}", json))
                .isEqualTo("input=1380 input_uncached=164 cache_read=1216 output=21 output_text=21 total=1401");
        assertThat(read("mistral-chat", "{\"prompt_tokens\":1380,\"total_tokens\":1401,\"completion_tokens\":21,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":1216},\"prompt_token_details\":{\"cached_tokens\":0}}", json))
                .isEqualTo("ERROR DUPLICATE /prompt_tokens_details");
        // orq's deployment usage before December 2025.
        assertThat(read("orq-deployment-stream", "{\"input_tokens\":30,\"output_tokens\":4,\"total_tokens\":34}", json))
                .isEqualTo("input=30 input_uncached=30 output=4 output_text=4 total=34");
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void opperKeepsTheFieldsItDoesNotKnowAndWritesThemBack(JsonMajor json) {
        String usage = "{\"completion_tokens\":3,\"prompt_tokens\":26,\"total_tokens\":29,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":0,\"text_tokens\":26},\"platform_cost\":0.00012}";
        ImmutableOpperUsage read = json.tryRead(usage, ImmutableOpperUsage.jsonSchema()).orElseThrow();
        assertThat(read.extra()).containsExactly("platform_cost", new BigDecimal("0.00012"));
        assertThat(read.promptTokensDetails().orElseThrow().extra()).containsExactly("text_tokens", 26L);
        assertThat(Fixtures.tree(json.write(read, ImmutableOpperUsage.jsonSchema()))).isEqualTo(Fixtures.tree(usage));
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void groqsUsageReadTwiceFromItsLastChunkIsOneUsageAndAWarning(JsonMajor json) {
        String usage = "{\"prompt_tokens\":86,\"completion_tokens\":27,\"total_tokens\":113}";
        ImmutableChatUsage chunk = json.tryRead(usage, ImmutableChatUsage.jsonSchema()).orElseThrow();
        UsageStream<ChatUsage, ImmutableChatUsage> stream = Providers.GROQ_CHAT.newStream();
        Total<ChatUsage, ImmutableChatUsage> total = stream.chunk(null).chunk(chunk).chunk(chunk).finish();
        assertThat(total.sum().orElseThrow().totalTokens()).isEqualTo(113);
        assertThat(total.warnings()).hasSize(1);
        assertThat(total.warnings().get(0).rule()).isEqualTo(Rule.REPEATED_USAGE);
        assertThat(total.rejected()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void geminisCountsGoingDownInAStreamAreAWarningNotARejection(JsonMajor json) {
        ImmutableGeminiUsageMetadata first = json.tryRead("{\"promptTokenCount\":52,\"candidatesTokenCount\":10,"
                + "\"toolUsePromptTokenCount\":1400,\"totalTokenCount\":1462}", ImmutableGeminiUsageMetadata.jsonSchema()).orElseThrow();
        ImmutableGeminiUsageMetadata last = json.tryRead("{\"promptTokenCount\":52,\"candidatesTokenCount\":188,"
                + "\"toolUsePromptTokenCount\":1350,\"totalTokenCount\":1590}", ImmutableGeminiUsageMetadata.jsonSchema()).orElseThrow();
        ProviderSurface<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> gemini = Providers.GEMINI;
        Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> total = gemini.newStream().chunk(first).chunk(last).finish();
        assertThat(total.rejected()).isEmpty();
        assertThat(total.sum().orElseThrow().toolUsePromptTokenCount()).hasValue(1350);
        Violation decreased = total.warnings().get(0);
        assertThat(decreased.rule()).isEqualTo(Rule.COUNT_DECREASED);
        assertThat(decreased.severity()).isEqualTo(Severity.WARNING);
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void aGeminiStreamReadWholeTakesADecreasingChunkAndWarnsOfIt(JsonMajor json) {
        String sse = "data: {\"usageMetadata\":{\"promptTokenCount\":52,\"candidatesTokenCount\":10,"
                + "\"toolUsePromptTokenCount\":1400,\"totalTokenCount\":1462}}\n\n"
                + "data: {\"usageMetadata\":{\"promptTokenCount\":52,\"candidatesTokenCount\":188,"
                + "\"toolUsePromptTokenCount\":1350,\"totalTokenCount\":1590}}\n\n";
        Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> total =
                json.tryReadStream(new StringReader(sse), Providers.GEMINI.usageSurface());
        assertThat(total.rejected()).isEmpty();
        assertThat(total.warnings()).hasSize(1);
        assertThat(total.warnings().get(0).rule()).isEqualTo(Rule.COUNT_DECREASED);
        assertThat(total.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(total.sum().orElseThrow().toolUsePromptTokenCount()).hasValue(1350);
        assertThat(total.sum().orElseThrow().candidatesTokenCount()).hasValue(188);
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void anthropicsDeltaReplacesTheStartsOutputAndKeepsItsInputWhenItGivesNone(JsonMajor json) {
        ImmutableMessagesUsage start = json.tryRead("{\"input_tokens\":5,\"cache_read_input_tokens\":9212,"
                + "\"output_tokens\":3}", ImmutableMessagesUsage.jsonSchema()).orElseThrow();
        ImmutableMessagesUsage delta = json.tryRead("{\"input_tokens\":null,\"output_tokens\":14}",
                ImmutableMessagesUsage.jsonSchema()).orElseThrow();
        ProviderSurface<MessagesUsage, ImmutableMessagesUsage> anthropic = Providers.ANTHROPIC_MESSAGES;
        ImmutableMessagesUsage usage = anthropic.newStream().chunk(start).chunk(delta).finish().allOrNothing().orElseThrow();
        assertThat(Outcome.canonical(anthropic.toCanonical(usage).orElseThrow(), json))
                .isEqualTo("input=9217 input_uncached=5 cache_read=9212 output=14 output_text=14 total=9231");
    }

    @ParameterizedTest
    @EnumSource(JsonMajor.class)
    void openRoutersNullUpstreamCostAddsNothingToASum(JsonMajor json) {
        ImmutableChatUsage_CostDetails unknown = json.tryRead("{\"upstream_inference_cost\":null,"
                + "\"upstream_inference_prompt_cost\":5.48e-05}", ImmutableChatUsage_CostDetails.jsonSchema()).orElseThrow();
        ImmutableChatUsage_CostDetails known = json.tryRead("{\"upstream_inference_cost\":0.0019896,"
                + "\"upstream_inference_prompt_cost\":0.0012696}", ImmutableChatUsage_CostDetails.jsonSchema()).orElseThrow();
        Validated<ImmutableChatUsage_CostDetails> sum = unknown.tryPlus(known);
        assertThat(sum.violations()).isEmpty();
        assertThat(sum.orElseThrow().upstreamInferenceCost()).hasValue(new BigDecimal("0.0019896"));
        assertThat(sum.orElseThrow().upstreamInferencePromptCost()).hasValue(new BigDecimal("0.0013244"));
    }
}
