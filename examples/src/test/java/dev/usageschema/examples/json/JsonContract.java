package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiCompletionDetails;
import dev.usageschema.examples.providers.OpenAiPromptDetails;
import dev.usageschema.examples.providers.Modality;
import dev.usageschema.examples.providers.ServiceTier;
import dev.usageschema.examples.seeds.seed001.ImmutableStreamedCompletionsResultUsage;
import dev.usageschema.examples.seeds.seed002.ImmutablePostV2ProxyCompletionsUsage;
import dev.usageschema.examples.seeds.seed003.ImmutableCompletionUsage;
import dev.usageschema.examples.sum.ImmutableUpstreamCostUsage;
import dev.usageschema.json.JsonReader;
import dev.usageschema.json.JsonSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Provider JSON into generated models and back, with every violation at its JSON Pointer: one set of
 * cases, run against each Jackson major's module ({@link Jackson2JsonTest}, {@link Jackson3JsonTest}).
 */
abstract class JsonContract {

    /** The Jackson major under test. */
    abstract JsonBackend json();
    private static final JsonSchema<ImmutableStreamedCompletionsResultUsage, ?> SEED001 =
            ImmutableStreamedCompletionsResultUsage.jsonSchema();

    private static <M> Violation only(Validated<M> read) {
        assertThat(read.violations()).hasSize(1);
        return read.violations().get(0);
    }

    // ---- the seeds' documented examples

    @Test
    void aDocumentedUsageReadsAndWritesBackTheSame() {
        String json = "{\"prompt_tokens\":5,\"completion_tokens\":7,\"total_tokens\":12}";

        ImmutableStreamedCompletionsResultUsage usage = json().read(json, SEED001);

        assertThat(usage.totalTokens().getAsLong()).isEqualTo(12);
        assertThat(json().write(usage, SEED001)).isEqualTo(json);
    }

    @Test
    void everySeedsExampleFileReadsAndWritesBackTheSame() {
        assertWritesBack("seed000.json", dev.usageschema.examples.seeds.seed000.ImmutableDeploymentStreamUsage.jsonSchema());
        assertWritesBack("seed001.json", SEED001);
        assertWritesBack("seed002.json", ImmutablePostV2ProxyCompletionsUsage.jsonSchema());
        assertWritesBack("seed003.json", ImmutableCompletionUsage.jsonSchema());
        assertWritesBack("seed004.json", dev.usageschema.examples.seeds.seed004.ImmutableCompletionUsage.jsonSchema());
    }

    @Test
    void everyProviderSchemasExampleReadsAndWritesBackTheSame() {
        assertWritesBack("providers/openai-chat.json", ImmutableOpenAiChatUsage.jsonSchema());
        assertWritesBack("providers/anthropic.json", ImmutableAnthropicUsage.jsonSchema());
        assertWritesBack("providers/bedrock.json", dev.usageschema.examples.providers.ImmutableBedrockTokenUsage.jsonSchema());
        assertWritesBack("providers/cohere.json", dev.usageschema.examples.providers.ImmutableCohereUsage.jsonSchema());
        assertWritesBack("providers/deepseek.json", dev.usageschema.examples.providers.ImmutableDeepSeekUsage.jsonSchema());
        assertWritesBack("providers/embedding.json", dev.usageschema.examples.providers.ImmutableEmbeddingUsage.jsonSchema());
        assertWritesBack("providers/gemini.json", ImmutableGeminiUsageMetadata.jsonSchema());
        assertWritesBack("providers/groq.json", dev.usageschema.examples.providers.ImmutableGroqUsage.jsonSchema());
        assertWritesBack("providers/ollama.json", dev.usageschema.examples.providers.ImmutableOllamaUsage.jsonSchema());
        assertWritesBack("providers/xai.json", dev.usageschema.examples.providers.ImmutableXaiUsage.jsonSchema());
        assertWritesBack("providers/gateway.json", GatewayUsageRecord.jsonSchema());
    }

    @Test
    void aDerivedTotalIsReadDerivedAndLeftOutWhenWrittenAsTheProviderLeavesItOut() {
        ImmutableAnthropicUsage usage = json().read(new String(dev.usageschema.examples.ExampleFiles.bytes(
                "providers/anthropic.json"), java.nio.charset.StandardCharsets.UTF_8), ImmutableAnthropicUsage.jsonSchema());

        assertThat(usage.totalTokens()).isEqualTo(2095 + 503 + 2051);
        assertThat(json().write(usage, ImmutableAnthropicUsage.jsonSchema())).doesNotContain("total_tokens");
    }

    @Test
    void bedrocksTwinCacheCountIsAWarningNotAnAlternateName() {
        Validated<dev.usageschema.examples.providers.ImmutableBedrockTokenUsage> read = json().tryRead(
                "{\"inputTokens\":12,\"outputTokens\":20,\"cacheReadInputTokens\":1024,\"cacheReadInputTokenCount\":1024,"
                        + "\"cacheWriteInputTokens\":null,\"totalTokens\":1056}",
                dev.usageschema.examples.providers.ImmutableBedrockTokenUsage.jsonSchema());

        assertThat(read.isValid()).isTrue();
        assertThat(only(read).rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
        assertThat(only(read).wirePath()).isEqualTo("/cacheReadInputTokenCount");
    }

    private <M> void assertWritesBack(String file, JsonSchema<M, ?> schema) {
        String text = new String(dev.usageschema.examples.ExampleFiles.bytes(file), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(json().write(json().read(text, schema), schema)).isEqualTo(text);
    }

    @Test
    void theWrongTotalOfSeed003IsCaughtAtItsPath() {
        Validated<ImmutableCompletionUsage> read = json().tryRead(
                "{\"completionTokens\":394512,\"promptTokens\":703732,\"totalTokens\":119453}",
                ImmutableCompletionUsage.jsonSchema());

        Violation sum = only(read);
        assertThat(sum.rule()).isEqualTo(Rule.SUM);
        assertThat(sum.wirePath()).isEqualTo("/totalTokens");
        assertThat(sum.message()).isEqualTo("promptTokens 703732 + completionTokens 394512 != totalTokens 119453");
    }

    @Test
    void theCachedTokensAbovePromptOfSeed004AreCaughtAtTheirPath() {
        Validated<dev.usageschema.examples.seeds.seed004.ImmutableCompletionUsage> read = json().tryRead(
                "{\"completionTokens\":12,\"promptTokens\":9,\"promptTokensDetails\":{\"audioTokens\":0,"
                        + "\"cachedTokens\":10},\"totalTokens\":21}",
                dev.usageschema.examples.seeds.seed004.ImmutableCompletionUsage.jsonSchema());

        Violation bound = only(read);
        assertThat(bound.rule()).isEqualTo(Rule.AT_MOST);
        assertThat(bound.wirePath()).isEqualTo("/promptTokensDetails/cachedTokens");
        assertThat(bound.message()).isEqualTo("cachedTokens 10 > promptTokens 9");
    }

    @Test
    void theStrictReadThrowsOnceWithEveryViolation() {
        UsageViolationException thrown = assertThrows(UsageViolationException.class, () -> json().read(
                "{\"prompt_tokens\":-1,\"completion_tokens\":12.5,\"total_tokens\":\"12\"}", SEED001));

        assertThat(thrown.violations().stream().map(Violation::wirePath).toList())
                .containsExactly("/completion_tokens", "/total_tokens", "/prompt_tokens");
    }

    // ---- provider shapes, read and written back

    @Test
    void anOpenAiUsageKeepsItsUnknownFieldsExactlyAndWritesThemBack() {
        String json = "{\"prompt_tokens\":19,\"completion_tokens\":10,\"total_tokens\":29,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0},"
                + "\"completion_tokens_details\":{\"reasoning_tokens\":0,\"audio_tokens\":0,"
                + "\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0},"
                + "\"service_tier\":\"default\",\"cost\":{\"usd\":0.00012500,\"parts\":[1,2.50,null,true]}}";

        ImmutableOpenAiChatUsage usage = json().read(json, ImmutableOpenAiChatUsage.jsonSchema());

        assertThat(usage.extra()).containsEntry("service_tier", "default");
        assertThat(((Map<?, ?>) usage.extra().get("cost")).get("usd")).isEqualTo(new BigDecimal("0.00012500"));
        assertThat(usage.promptTokensDetails().orElseThrow().audioTokens().getAsLong()).isEqualTo(0);
        assertThat(json().write(usage, ImmutableOpenAiChatUsage.jsonSchema())).isEqualTo(json);
    }

    @Test
    void absentNullAndAValueStayDistinctThroughReadAndWrite() {
        JsonSchema<ImmutablePostV2ProxyCompletionsUsage, ?> schema = ImmutablePostV2ProxyCompletionsUsage.jsonSchema();
        String withNull = "{\"completion_tokens\":2,\"prompt_tokens\":1,\"total_tokens\":3,\"prompt_tokens_details\":null}";
        String absent = "{\"completion_tokens\":2,\"prompt_tokens\":1,\"total_tokens\":3}";

        ImmutablePostV2ProxyCompletionsUsage nulled = json().read(withNull, schema);
        ImmutablePostV2ProxyCompletionsUsage missing = json().read(absent, schema);

        assertThat(nulled).isNotEqualTo(missing);
        assertThat(json().write(nulled, schema)).isEqualTo(withNull);
        assertThat(json().write(missing, schema)).isEqualTo(absent);
    }

    @Test
    void listsOfNestedObjectsReadWithEachElementsViolationsAtItsIndex() {
        String json = "{\"promptTokenCount\":12,\"promptTokensDetails\":[{\"modality\":\"TEXT\",\"tokenCount\":8},"
                + "{\"modality\":\"IMAGE\",\"tokenCount\":-4}],\"totalTokenCount\":12}";

        Validated<ImmutableGeminiUsageMetadata> read = json().tryRead(json, ImmutableGeminiUsageMetadata.jsonSchema());

        assertThat(read.isValid()).isFalse();
        assertThat(read.errors().get(0).wirePath()).isEqualTo("/promptTokensDetails/1/tokenCount");
        assertThat(read.errors().get(0).rule()).isEqualTo(Rule.NON_NEGATIVE);

        String valid = json.replace("-4", "4");
        ImmutableGeminiUsageMetadata usage = json().read(valid, ImmutableGeminiUsageMetadata.jsonSchema());
        assertThat(usage.promptTokensDetails().orElseThrow().get(1).modality()).isEqualTo(Modality.IMAGE);
        assertThat(json().write(usage, ImmutableGeminiUsageMetadata.jsonSchema())).isEqualTo(valid);
    }

    @Test
    void aFieldTheSchemaDoesNotKeepIsAWarningAndTheValueIsRead() {
        Validated<ImmutableAnthropicUsage> read = json().tryRead(
                "{\"input_tokens\":10,\"output_tokens\":5,\"service_tier\":\"standard\"}",
                ImmutableAnthropicUsage.jsonSchema());

        assertThat(read.isValid()).isTrue();
        Violation unknown = only(read);
        assertThat(unknown.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
        assertThat(unknown.wirePath()).isEqualTo("/service_tier");
        assertThat(read.orElseThrow().totalTokens()).isEqualTo(15);
    }

    @Test
    void anUnknownFieldInsideAValidNestedObjectIsAWarningAtItsPath() {
        Validated<ImmutableAnthropicUsage> read = json().tryRead("{\"input_tokens\":10,\"output_tokens\":5,"
                + "\"cache_creation\":{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":0,"
                + "\"ephemeral_24h_input_tokens\":0}}", ImmutableAnthropicUsage.jsonSchema());

        assertThat(read.isValid()).isTrue();
        Violation unknown = only(read);
        assertThat(unknown.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
        assertThat(unknown.wirePath()).isEqualTo("/cache_creation/ephemeral_24h_input_tokens");
    }

    @Test
    void theSchemaSaysWhetherAnUnknownFieldIsAnErrorOrNothing() {
        String json = "{\"input_tokens\":10,\"output_tokens\":5,\"service_tier\":\"standard\"}";

        Validated<ImmutableStrictUsage> strict = json().tryRead(json, ImmutableStrictUsage.jsonSchema());
        assertThat(strict.isValid()).isFalse();
        assertThat(only(strict).rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
        assertThat(only(strict).wirePath()).isEqualTo("/service_tier");

        Validated<ImmutableQuietUsage> quiet = json().tryRead(json, ImmutableQuietUsage.jsonSchema());
        assertThat(quiet.isValid()).isTrue();
        assertThat(quiet.violations()).isEmpty();
    }

    @Test
    void collectionsOfPlainValuesReadExactlyAndWriteBack() {
        String text = "{\"total_tokens\":3,\"tags\":[\"a\",\"b\"],\"ids\":[7,12.0,9007199254740993],"
                + "\"costs\":{\"input\":0.00012500,\"output\":1e-7},\"retries\":[0,1]}";

        ImmutableTaggedUsage usage = json().read(text, ImmutableTaggedUsage.jsonSchema());

        assertThat(usage.ids()).containsExactly(7L, 12L, 9007199254740993L).inOrder();
        assertThat(usage.costs().get("input")).isEqualTo(new BigDecimal("0.00012500"));
        assertThat(json().write(usage, ImmutableTaggedUsage.jsonSchema()))
                .isEqualTo(text.replace("12.0", "12").replace("1e-7", "1E-7"));
    }

    @Test
    void anElementOfTheWrongTypeOrGivenTwiceInASetIsAViolationAtItsPath() {
        Validated<ImmutableTaggedUsage> read = json().tryRead("{\"total_tokens\":3,\"tags\":[\"a\",7,null],"
                + "\"ids\":[1,1,2.5],\"costs\":{\"a\":\"x\"},\"retries\":[3000000000]}", ImmutableTaggedUsage.jsonSchema());

        assertThat(read.violations().stream().map(v -> v.rule() + " " + v.wirePath()).toList()).containsExactly(
                "JSON_TYPE /tags/1", "DUPLICATE /ids/1", "WHOLE_NUMBER /ids/2", "JSON_TYPE /costs/a",
                "NUMBER_RANGE /retries/0");
    }

    /** Found by the fuzz run: a NaN in a map of BigDecimal was kept as a Double, and written as a string. */
    @Test
    void aPlainValueMustBeAFiniteNumberOfItsOwnType() {
        Validated<ImmutableTaggedUsage> read = json().tryRead("{\"total_tokens\":3,\"tags\":[],\"ids\":[],"
                + "\"costs\":{\"a\":NaN,\"b\":1e9999999999},\"retries\":[Infinity]}", ImmutableTaggedUsage.jsonSchema());

        assertThat(read.violations().stream().map(v -> v.rule() + " " + v.wirePath()).toList()).containsExactly(
                "FINITE /costs/a", "NUMBER_RANGE /costs/b", "FINITE /retries/0");
    }

    @Test
    void anEnumConstantsWireNameIsReadAndWrittenBackAndItsJavaNameIsNot() {
        String text = "{\"model\":\"m\",\"request_id\":null,\"service_tier\":\"priority\",\"prompt_tokens\":3,"
                + "\"completion_tokens\":4,\"retries\":0}";

        GatewayUsageRecord usage = json().read(text, GatewayUsageRecord.jsonSchema());

        assertThat(usage.serviceTier()).hasValue(ServiceTier.PRIORITY);
        assertThat(json().write(usage, GatewayUsageRecord.jsonSchema())).isEqualTo(text);
        Violation javaName = only(json().tryRead(text.replace("priority", "PRIORITY"), GatewayUsageRecord.jsonSchema()));
        assertThat(javaName.rule()).isEqualTo(Rule.JSON_TYPE);
        assertThat(javaName.wirePath()).isEqualTo("/service_tier");
        assertThat(javaName.message()).isEqualTo("serviceTier \"PRIORITY\" is not one of \"default\", \"flex\", \"priority\"");
    }

    /** Before, an enum without wire names was read ignoring case and written by its name: "standard" came back "STANDARD". */
    @Test
    void everyEnumConstantHasOneExactWireNameReadAndWrittenTheSame() {
        JsonSchema<ImmutableExactUsage, ?> schema = ImmutableExactUsage.jsonSchema();
        String named = "{\"input_tokens\":1,\"ttl\":\"5m\",\"modality\":\"TEXT\"}";

        ImmutableExactUsage usage = json().read(named, schema);
        assertThat(usage.ttl()).hasValue(CacheTtl.FIVE_MINUTES);
        assertThat(usage.modality()).hasValue(Modality.TEXT);
        assertThat(json().write(usage, schema)).isEqualTo(named);
        assertThat(json().write(json().read(named.replace("5m", "60m"), schema), schema))
                .isEqualTo(named.replace("5m", "1h"));

        Validated<ImmutableExactUsage> wrong = json().tryRead(
                "{\"input_tokens\":1,\"ttl\":\"FIVE_MINUTES\",\"modality\":\"text\"}", schema);
        assertThat(wrong.violations().stream().map(v -> v.rule() + " " + v.wirePath() + " " + v.message()).toList())
                .containsExactly("JSON_TYPE /ttl ttl \"FIVE_MINUTES\" is not one of \"5m\", \"1h\", \"60m\"",
                        "JSON_TYPE /modality modality \"text\" is not one of \"MODALITY_UNSPECIFIED\", \"TEXT\", \"IMAGE\","
                                + " \"VIDEO\", \"AUDIO\", \"DOCUMENT\"")
                .inOrder();
        assertThat(wrong.violations().get(0).actual()).isEqualTo("FIVE_MINUTES");
        assertThat(wrong.violations().get(0).expected()).isEqualTo("one of \"5m\", \"1h\", \"60m\"");
    }

    /** Before, @NotACount(min = 0) on a BigDecimal compiled and enforced nothing. */
    @Test
    void anExactNumbersRangeIsJudgedOnTheExactValueItsLiteralWrites() {
        JsonSchema<ImmutableCostedUsage, ?> schema = ImmutableCostedUsage.jsonSchema();
        String valid = "{\"tokens\":1,\"cost\":0.000582,\"cost_in_usd_ticks\":37000000000000000000,"
                + "\"credits\":3.0,\"discount\":0.1}";

        Validated<ImmutableCostedUsage> wrong = json().tryRead("{\"tokens\":1,\"cost\":-0.000001,"
                + "\"cost_in_usd_ticks\":-5,\"credits\":2.5,\"discount\":0.10000000000000001}", schema);

        assertThat(json().write(json().read(valid, schema), schema)).isEqualTo(valid);
        assertThat(wrong.violations().stream().map(v -> v.rule() + " " + v.wirePath() + " " + v.message()).toList())
                .containsExactly("RANGE /cost cost -0.000001 is outside [0, Infinity]",
                        "RANGE /cost_in_usd_ticks costInUsdTicks -5 is outside [0, Infinity]",
                        "WHOLE_NUMBER /credits credits 2.5 is not a whole number",
                        "RANGE /discount discount 0.10000000000000001 is outside [0, 0.1]")
                .inOrder();
    }

    /** Before, 1e-100000000 was read, and adding 1 to it built a number of a hundred million digits. */
    @Test
    void anExactDecimalOfMoreDigitsThanALiteralCanHoldIsRejectedBeforeASumWritesThemOut() {
        JsonSchema<ImmutableCostedUsage, ?> schema = ImmutableCostedUsage.jsonSchema();

        Validated<ImmutableCostedUsage> tiny = json().tryRead("{\"tokens\":1,\"cost\":1e-100000000,"
                + "\"cost_in_usd_ticks\":0,\"credits\":3,\"discount\":0}", schema);
        Validated<ImmutableCostedUsage> zeros = json().tryRead("{\"tokens\":1,\"cost\":0E-5000,"
                + "\"cost_in_usd_ticks\":0,\"credits\":3,\"discount\":0}", schema);
        ImmutableCostedUsage edge = json().read("{\"tokens\":1,\"cost\":1e-999,"
                + "\"cost_in_usd_ticks\":0,\"credits\":3,\"discount\":0}", schema);

        assertThat(tiny.violations().stream().map(v -> v.rule() + " " + v.wirePath() + " " + v.message()).toList())
                .containsExactly("NUMBER_RANGE /cost cost 1e-100000000 has more than 1000 digits written out in full");
        assertThat(zeros.violations().stream().map(v -> v.rule() + " " + v.wirePath()).toList())
                .containsExactly("NUMBER_RANGE /cost");
        assertThat(edge.plus(edge).cost().orElseThrow().toPlainString()).hasLength(1001);
    }

    @Test
    void aNullThatAddsNothingIsReadAndAddedAsNothing() {
        JsonSchema<ImmutableUpstreamCostUsage, ?> schema = ImmutableUpstreamCostUsage.jsonSchema();
        ImmutableUpstreamCostUsage unbilled = json().read("{\"tokens\":1,\"upstream_inference_cost\":null}", schema);
        ImmutableUpstreamCostUsage billed = json().read("{\"tokens\":2,\"upstream_inference_cost\":0.0012}", schema);

        assertThat(json().write(unbilled.plus(billed).plus(unbilled), schema))
                .isEqualTo("{\"tokens\":4,\"upstream_inference_cost\":0.0012}");
        assertThat(json().write(unbilled.plus(unbilled), schema))
                .isEqualTo("{\"tokens\":2,\"upstream_inference_cost\":null}");
    }

    /** Before, an enum was read by name alone: Vertex AI's {"modality": 1} was JSON_TYPE. */
    @Test
    void anEnumWithWireNumbersIsReadByNameOrByNumberAndWrittenByName() {
        JsonSchema<ImmutableModalityTokens, ?> schema = ImmutableModalityTokens.jsonSchema();

        ImmutableModalityTokens byNumber = json().read("{\"modality\":1,\"tokenCount\":7}", schema);
        ImmutableModalityTokens byName = json().read("{\"modality\":\"TEXT\",\"tokenCount\":7}", schema);

        assertThat(byNumber.modality()).isEqualTo(ProtoModality.TEXT);
        assertThat(byNumber).isEqualTo(byName);
        assertThat(json().read("{\"modality\":0}", schema).modality()).isEqualTo(ProtoModality.MODALITY_UNSPECIFIED);
        assertThat(json().read("{\"modality\":5}", schema).modality()).isEqualTo(ProtoModality.DOCUMENT);
        assertThat(json().write(byNumber, schema)).isEqualTo("{\"modality\":\"TEXT\",\"tokenCount\":7}");
    }

    @Test
    void anIntegerNoConstantHasIsAJsonTypeViolationNamingWhatIsAccepted() {
        JsonSchema<ImmutableModalityTokens, ?> schema = ImmutableModalityTokens.jsonSchema();
        String accepted = "one of \"MODALITY_UNSPECIFIED\", \"TEXT\", \"IMAGE\", \"VIDEO\", \"AUDIO\", \"DOCUMENT\","
                + " 0, 1, 2, 3, 4, 5";

        // 4294967297 is 2^32 + 1, which a cast to int would take for 1.
        for (String sent : List.of("9", "-1", "1.0", "4294967297", "99999999999999999999", "\"1\"", "\"text\"")) {
            Violation wrong = only(json().tryRead("{\"modality\":" + sent + "}", schema));
            assertWithMessage(sent).that(wrong.rule() + " " + wrong.wirePath() + " " + wrong.message())
                    .isEqualTo("JSON_TYPE /modality modality " + sent + " is not " + accepted);
            assertWithMessage(sent).that(wrong.expected()).isEqualTo(accepted);
        }
        assertThat(only(json().tryRead("{\"modality\":9}", schema)).actual()).isEqualTo(BigInteger.valueOf(9));
        assertThat(only(json().tryRead("{\"modality\":true}", schema)).message())
                .isEqualTo("modality is a boolean, not a string or an integer");
    }

    /** An enum without numbers answers to its wire names alone: no number, no Java name, no other case. */
    @Test
    void anEnumWithoutWireNumbersTakesItsWireNamesAndNothingElse() {
        JsonSchema<ImmutableModalityTokens, ?> schema = ImmutableModalityTokens.jsonSchema();

        assertThat(json().read("{\"modality\":1,\"ttl\":\"5m\"}", schema).ttl()).hasValue(CacheTtl.FIVE_MINUTES);
        assertThat(json().read("{\"modality\":1,\"ttl\":\"60m\"}", schema).ttl()).hasValue(CacheTtl.ONE_HOUR);
        assertThat(only(json().tryRead("{\"modality\":1,\"ttl\":0}", schema)).message())
                .isEqualTo("ttl is a number, not a string");
        for (String sent : List.of("FIVE_MINUTES", "five_minutes", "5M", "ONE_HOUR", " 5m")) {
            Violation wrong = only(json().tryRead("{\"modality\":1,\"ttl\":\"" + sent + "\"}", schema));
            assertWithMessage(sent).that(wrong.message())
                    .isEqualTo("ttl \"" + sent + "\" is not one of \"5m\", \"1h\", \"60m\"");
        }
    }

    @Test
    void alternateNamesWorkOnANestedObjectAndAListOfThemAndInsideThem() {
        JsonSchema<ImmutableRenamedUsage, ?> schema = ImmutableRenamedUsage.jsonSchema();
        String canonical = "{\"prompt_tokens\":10,\"prompt_tokens_details\":{\"cacheReadInputTokens\":4},"
                + "\"cache_details\":[{\"cacheReadInputTokens\":1},{\"cacheReadInputTokens\":2}]}";

        for (String details : List.of("prompt_token_details", "promptTokenDetails")) {
            ImmutableRenamedUsage read = json().read("{\"prompt_tokens\":10,\"" + details
                    + "\":{\"cacheReadInputTokenCount\":4},\"cache_detail\":[{\"cacheReadInputTokenCount\":1},"
                    + "{\"cacheReadInputTokens\":2}]}", schema);
            assertWithMessage(details).that(json().write(read, schema)).isEqualTo(canonical);
        }
        Validated<ImmutableRenamedUsage> wrong = json().tryRead("{\"prompt_tokens\":3,\"promptTokenDetails\":"
                + "{\"cacheReadInputTokenCount\":4},\"cache_detail\":[{\"cacheReadInputTokenCount\":1,"
                + "\"cacheReadInputTokens\":2}],\"prompt_tokens_details\":{}}", schema);
        assertThat(wrong.violations().stream().map(v -> v.rule() + " " + v.wirePath()).toList())
                .containsExactly("DUPLICATE /cache_details/0/cacheReadInputTokens", "DUPLICATE /prompt_tokens_details",
                        "AT_MOST /prompt_tokens_details/cacheReadInputTokens");
    }

    @Test
    void alternateNamesAreRead() {
        GatewayUsageRecord usage = json().read("{\"model\":\"m\",\"request_id\":null,\"service_tier\":\"flex\","
                + "\"input_tokens\":3,\"output_tokens\":4,\"retries\":2}", GatewayUsageRecord.jsonSchema());

        assertThat(usage.promptTokens()).isEqualTo(3);
        assertThat(usage.serviceTier()).hasValue(ServiceTier.FLEX);
        assertThat(usage.totalTokens().getAsLong()).isEqualTo(7);
        assertThat(usage.requestId()).isNull();
    }

    // ---- every value read reads back equal

    /** Before, -0.0 was written as 0, and 0.1e1 in an unknown field as 1, which reads back as a Long. */
    @Test
    void negativeZeroAndWholeNumbersWrittenWithAnExponentReadBackEqual() {
        JsonSchema<ImmutableExactUsage, ?> schema = ImmutableExactUsage.jsonSchema();
        String text = "{\"input_tokens\":1,\"latency_seconds\":-0.0,\"rates\":{\"a\":-0.0,\"b\":0.5,\"c\":-0},"
                + "\"x\":0.1e1,\"y\":12e0,\"z\":[1e2,-0.0,1.50]}";

        ImmutableExactUsage usage = json().read(text, schema);
        String written = json().write(usage, schema);

        assertThat(written).isEqualTo("{\"input_tokens\":1,\"latency_seconds\":-0.0,\"rates\":{\"a\":-0.0,\"b\":0.5,"
                + "\"c\":-0.0},\"x\":1.0,\"y\":12.0,\"z\":[1E+2,0.0,1.50]}");
        assertThat(json().read(written, schema)).isEqualTo(usage);
        assertThat(usage.extra().get("x")).isEqualTo(new BigDecimal("1.0"));
    }

    // ---- bounded reading

    private static String anthropicWithUnknownFields(int fields, String last) {
        StringBuilder flood = new StringBuilder("{\"input_tokens\":10");
        for (int field = 0; field < fields; field++) {
            flood.append(",\"f").append(field).append("\":0");
        }
        return flood.append(',').append(last).append('}').toString();
    }

    /** Before, a schema without a map listed one warning per undeclared field: 20,000 fields, 20,000 warnings. */
    @Test
    void aReadListsAThousandViolationsAndOneThatStandsForTheRest() {
        Validated<ImmutableAnthropicUsage> read = json().tryRead(anthropicWithUnknownFields(20_000,
                "\"output_tokens\":5"), ImmutableAnthropicUsage.jsonSchema());

        assertThat(read.isValid()).isTrue();
        assertThat(read.orElseThrow().outputTokens()).isEqualTo(5);
        assertThat(read.violations()).hasSize(JsonReader.MAX_VIOLATIONS + 1);
        assertThat(read.violations().get(999).wirePath()).isEqualTo("/f999");
        Violation rest = read.violations().get(JsonReader.MAX_VIOLATIONS);
        assertThat(rest.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
        assertThat(rest.severity()).isEqualTo(Severity.WARNING);
        assertThat(rest.wirePath()).isEqualTo("/f1000");
        assertThat(rest.message()).isEqualTo("AnthropicUsage has no property 'f1000'; dropped (@UsageSchema(unknownFields = OFF) stops this report; an @AdditionalProperties map keeps such fields)"
                + " (the first warning of 19000 violations past the first 1000, which are not listed)");
    }

    @Test
    void anErrorPastTheListedViolationsStillRejectsTheValueAndStandsForTheRest() {
        Validated<ImmutableAnthropicUsage> read = json().tryRead(anthropicWithUnknownFields(2_000,
                "\"output_tokens\":\"5\""), ImmutableAnthropicUsage.jsonSchema());

        assertThat(read.isValid()).isFalse();
        assertThat(read.violations()).hasSize(JsonReader.MAX_VIOLATIONS + 1);
        Violation rest = read.violations().get(JsonReader.MAX_VIOLATIONS);
        assertThat(rest.rule()).isEqualTo(Rule.JSON_TYPE);
        assertThat(rest.wirePath()).isEqualTo("/output_tokens");
        assertThat(rest.message()).isEqualTo("outputTokens is a string, not a number"
                + " (the first error of 1001 violations past the first 1000, which are not listed)");
    }

    @Test
    void aListOfWrongElementsListsAThousandViolationsToo() {
        Validated<ImmutableTaggedUsage> read = json().tryRead("{\"total_tokens\":3,\"tags\":[" + "7,".repeat(50_000)
                + "7],\"ids\":[],\"costs\":{}}", ImmutableTaggedUsage.jsonSchema());

        assertThat(read.isValid()).isFalse();
        assertThat(read.violations()).hasSize(JsonReader.MAX_VIOLATIONS + 1);
        assertThat(read.violations().get(JsonReader.MAX_VIOLATIONS).wirePath()).isEqualTo("/tags/1000");
    }

    // ---- what only JSON can get wrong
    // ---- what only JSON can get wrong

    @Test
    void aNameAndItsAlternateTogetherAreADuplicateNotASilentPick() {
        Validated<GatewayUsageRecord> read = json().tryRead("{\"model\":\"m\",\"prompt_tokens\":3,"
                + "\"input_tokens\":30,\"completion_tokens\":4,\"retries\":0,\"request_id\":null}", GatewayUsageRecord.jsonSchema());

        Violation duplicate = only(read);
        assertThat(duplicate.rule()).isEqualTo(Rule.DUPLICATE);
        assertThat(duplicate.wirePath()).isEqualTo("/prompt_tokens");
        assertThat(duplicate.message()).contains("input_tokens");
    }

    @Test
    void aKeyGivenTwiceIsADuplicateAtEveryDepth() {
        Validated<ImmutableOpenAiChatUsage> read = json().tryRead("{\"prompt_tokens\":1,\"prompt_tokens\":2,"
                + "\"completion_tokens\":0,\"total_tokens\":1,\"prompt_tokens_details\":{\"cached_tokens\":0,"
                + "\"cached_tokens\":1},\"x\":{\"a\":1,\"a\":2}}", ImmutableOpenAiChatUsage.jsonSchema());

        assertThat(read.violations().stream().filter(v -> v.rule() == Rule.DUPLICATE).map(Violation::wirePath).toList())
                .containsExactly("/prompt_tokens", "/x/a", "/prompt_tokens_details/cached_tokens");
    }

    @Test
    void wholeNumbersWrittenWithAFractionOrAnExponentAreWholeCounts() {
        assertThat(json().read("{\"prompt_tokens\":12.0,\"completion_tokens\":1.2e1,\"total_tokens\":2400e-2}", SEED001)
                .totalTokens().getAsLong()).isEqualTo(24);
    }

    @Test
    void numbersACountCannotHoldAreViolationsAtTheirPathNeverRounded() {
        assertThat(rulesOf("12.5")).containsExactly(Rule.WHOLE_NUMBER);
        assertThat(rulesOf("1e-400")).containsExactly(Rule.WHOLE_NUMBER);
        assertThat(rulesOf("1e400")).containsExactly(Rule.NUMBER_RANGE);
        assertThat(rulesOf("9223372036854775808")).containsExactly(Rule.NUMBER_RANGE);
        assertThat(rulesOf("-3")).containsExactly(Rule.NON_NEGATIVE);
        assertThat(rulesOf("NaN")).containsExactly(Rule.FINITE);
        for (String wrongType : List.of("\"12\"", "true", "{}", "[]")) {
            assertThat(rulesOf(wrongType)).containsExactly(Rule.JSON_TYPE);
        }
    }

    /** The rules broken when {@code literal} is seed 001's prompt count (the total then absent, so no sum). */
    private List<Rule> rulesOf(String literal) {
        Validated<ImmutableStreamedCompletionsResultUsage> read = json().tryRead("{\"prompt_tokens\":" + literal + "}", SEED001);
        assertThat(read.violations().stream().map(Violation::wirePath).distinct().toList()).containsExactly("/prompt_tokens");
        return read.violations().stream().map(Violation::rule).toList();
    }

    /** Before, the message named the double the literal rounds to: "promptTokens 0.0 is not a whole number". */
    @Test
    void aLiteralNoNumberCanHoldIsNamedAsSent() {
        String tiny = "1e-999999999999999999999";
        Violation inLong = only(json().tryRead("{\"prompt_tokens\":" + tiny + "}", SEED001));
        Violation inDouble = only(json().tryRead("{\"completionTokens\":0,\"promptTokens\":" + tiny
                + ",\"totalTokens\":0}", ImmutableCompletionUsage.jsonSchema()));

        for (Violation fraction : List.of(inLong, inDouble)) {
            assertThat(fraction.rule()).isEqualTo(Rule.WHOLE_NUMBER);
            assertThat(fraction.message()).isEqualTo("promptTokens " + tiny + " is not a whole number");
            assertThat(fraction.actual()).isEqualTo(tiny);
        }
    }

    /** Before, 1e400 was EXACT_RANGE in a double count, NUMBER_RANGE in any other number, and -1e400 NON_NEGATIVE. */
    @Test
    void aLiteralPastTheRangeOfItsJavaTypeIsNumberRangeInEveryProperty() {
        JsonSchema<ImmutableExactUsage, ?> exact = ImmutableExactUsage.jsonSchema();
        List<Validated<?>> reads = List.of(
                json().tryRead("{\"completionTokens\":0,\"promptTokens\":1e400,\"totalTokens\":0}",
                        ImmutableCompletionUsage.jsonSchema()),
                json().tryRead("{\"completionTokens\":0,\"promptTokens\":-1e400,\"totalTokens\":0}",
                        ImmutableCompletionUsage.jsonSchema()),
                json().tryRead("{\"prompt_tokens\":1e400}", SEED001),
                json().tryRead("{\"input_tokens\":1,\"latency_seconds\":1e400}", exact),
                json().tryRead("{\"input_tokens\":1,\"rates\":{\"a\":1e400}}", exact),
                json().tryRead("{\"input_tokens\":1,\"x\":1e999999999999999999999}", exact),
                json().tryRead("{\"input_tokens\":1,\"x\":[1e-999999999999999999999]}", exact));

        assertThat(reads.stream().map(read -> only(read).rule() + " " + only(read).wirePath() + " " + only(read).message())
                .toList()).containsExactly(
                        "NUMBER_RANGE /promptTokens promptTokens 1e400 does not fit a double",
                        "NUMBER_RANGE /promptTokens promptTokens -1e400 does not fit a double",
                        "NUMBER_RANGE /prompt_tokens promptTokens 1e400 does not fit a 64-bit integer",
                        "NUMBER_RANGE /latency_seconds latencySeconds 1e400 does not fit a double",
                        "NUMBER_RANGE /rates/a rates[a] 1e400 does not fit a double",
                        "NUMBER_RANGE /x x 1e999999999999999999999 does not fit a BigDecimal",
                        "NUMBER_RANGE /x/0 x[0] 1e-999999999999999999999 does not fit a BigDecimal")
                .inOrder();
        // Inside the range of a double, a count above 2^53 is the count's own rule.
        assertThat(only(json().tryRead("{\"completionTokens\":0,\"promptTokens\":1e300,\"totalTokens\":0}",
                ImmutableCompletionUsage.jsonSchema())).rule()).isEqualTo(Rule.EXACT_RANGE);
    }

    @Test
    void aDoubleCountIsJudgedOnItsLiteralSoTwoToThe53PlusOneIsNotRounded() {
        Validated<ImmutableCompletionUsage> read = json().tryRead("{\"completionTokens\":0,"
                + "\"promptTokens\":9007199254740993,\"totalTokens\":9007199254740992}", ImmutableCompletionUsage.jsonSchema());

        assertThat(read.errors().get(0).rule()).isEqualTo(Rule.EXACT_RANGE);
        assertThat(read.errors().get(0).wirePath()).isEqualTo("/promptTokens");
        assertThat(read.errors().get(0).actual()).isEqualTo(new java.math.BigInteger("9007199254740993"));
        assertThat(json().read("{\"completionTokens\":0,\"promptTokens\":9007199254740992.0,"
                + "\"totalTokens\":9007199254740992}", ImmutableCompletionUsage.jsonSchema()).promptTokens())
                .isEqualTo(9007199254740992.0);
    }

    @Test
    void aScoreThatMayBeNaNIsWrittenAsJacksonQuotesItAndReadBack() {
        for (double score : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            ImmutableScoredUsage usage = ImmutableScoredUsage.builder().billedTokens(3).score(score).build();
            String written = json().write(usage, ImmutableScoredUsage.jsonSchema());

            assertThat(json().read(written, ImmutableScoredUsage.jsonSchema())).isEqualTo(usage);
        }
    }

    @Test
    void aQuotedNaNIsAFloatingValueForTheSchemasRulesToJudge() {
        Validated<ImmutableScoredUsage> read = json().tryRead("{\"billed_tokens\":\"Infinity\",\"score\":\"-Infinity\"}",
                ImmutableScoredUsage.jsonSchema());

        assertThat(only(read).rule()).isEqualTo(Rule.FINITE);
        assertThat(only(read).wirePath()).isEqualTo("/billed_tokens");
        Validated<ImmutableScoredUsage> named = json().tryRead("{\"billed_tokens\":1,\"score\":\"nan\"}",
                ImmutableScoredUsage.jsonSchema());
        assertThat(only(named).rule()).isEqualTo(Rule.JSON_TYPE);
        assertThat(only(named).wirePath()).isEqualTo("/score");
    }

    /** Before, Jackson's -INF and +INF, which it reads as numbers, escaped the reader as a NumberFormatException. */
    @Test
    void jacksonsInfIsAnInfinityForTheRulesToJudgeNotAnException() {
        assertThat(json().read("{\"billed_tokens\":1,\"score\":-INF}", ImmutableScoredUsage.jsonSchema()).score())
                .isEqualTo(Double.NEGATIVE_INFINITY);
        Violation count = only(json().tryRead("{\"billed_tokens\":+INF,\"score\":0}", ImmutableScoredUsage.jsonSchema()));
        assertThat(count.rule()).isEqualTo(Rule.FINITE);
        assertThat(count.wirePath()).isEqualTo("/billed_tokens");
        Violation unknown = only(json().tryRead("{\"input_tokens\":1,\"x\":-INF}", ImmutableExactUsage.jsonSchema()));
        assertThat(unknown.rule() + " " + unknown.wirePath() + " " + unknown.message())
                .isEqualTo("FINITE /x x -INF is not a finite number");
    }

    @Test
    void aSchemaOfMoreThan64PropertiesFindsDuplicatesAndRejectionsPastThe64th() {
        Validated<ImmutableWideUsage> read = json().tryRead("{\"t00\":1,\"t64\":1,\"t65\":2,\"t66\":3,\"t67\":4,"
                + "\"t68\":\"5\",\"t69\":6,\"t69\":7,\"t00\":8}", ImmutableWideUsage.jsonSchema());

        assertThat(read.violations().stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList())
                .containsExactly("JSON_TYPE /t68", "DUPLICATE /t69", "DUPLICATE /t00").inOrder();
        String valid = "{\"t63\":0,\"t64\":1,\"t65\":2,\"t66\":3,\"t67\":4,\"t68\":5,\"t69\":6}";
        assertThat(json().write(json().read(valid, ImmutableWideUsage.jsonSchema()), ImmutableWideUsage.jsonSchema()))
                .isEqualTo(valid);
    }

    @Test
    void aNullWhereTheSchemaTakesNoneIsNotNullOnceAndNotAlsoMissing() {
        Validated<ImmutableOpenAiChatUsage> read = json().tryRead(
                "{\"prompt_tokens\":null,\"completion_tokens\":1,\"total_tokens\":1}", ImmutableOpenAiChatUsage.jsonSchema());

        Violation notNull = only(read);
        assertThat(notNull.rule()).isEqualTo(Rule.NOT_NULL);
        assertThat(notNull.wirePath()).isEqualTo("/prompt_tokens");
    }

    @Test
    void eachReadingLimitIsOneViolationAtWhereItWasHit() {
        JsonBackend limited = json().limited();
        JsonSchema<ImmutableOpenAiChatUsage, ?> schema = ImmutableOpenAiChatUsage.jsonSchema();
        String valid = "{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2";

        Violation number = only(limited.tryRead("{\"prompt_tokens\":12345678901234}", schema));
        Violation string = only(limited.tryRead(valid + ",\"note\":\"" + "x".repeat(50) + "\"}", schema));
        Violation depth = only(limited.tryRead(valid + ",\"deep\":[[[[[[[1]]]]]]]}", schema));
        Violation document = only(limited.tryRead(valid + ",\"pad\":[" + "1,".repeat(150) + "1]}", schema));

        assertThat(List.of(number.rule(), string.rule(), depth.rule(), document.rule()))
                .containsExactly(Rule.MALFORMED, Rule.MALFORMED, Rule.MALFORMED, Rule.MALFORMED);
        assertThat(number.wirePath()).isEqualTo("/prompt_tokens");
        assertThat(number.message()).contains("Number value length");
        assertThat(string.wirePath()).isEqualTo("/note");
        assertThat(string.message()).contains("String value length");
        assertThat(depth.wirePath()).startsWith("/deep/0/0");
        assertThat(depth.message()).contains("Document nesting depth");
        // Bytes in hand are measured before the first token: the whole document is refused.
        assertThat(document.wirePath()).isEmpty();
        assertThat(document.message()).contains("Document length");
        // The process stays healthy: the same API reads the next document.
        assertThat(limited.tryRead(valid + "}", schema).isValid()).isTrue();
    }

    /** Before the fix, Jackson 2 threw when the stream failed on its first bytes, which the parser reads at once. */
    @Test
    void aStreamThatCannotBeReadIsAViolationNotAnException() {
        java.io.InputStream broken = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("the connection was reset");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("the connection was reset");
            }
        };

        Violation unreadable = only(json().tryRead(broken, SEED001));

        assertThat(unreadable.rule()).isEqualTo(Rule.MALFORMED);
        assertThat(unreadable.message()).contains("the connection was reset");
    }

    /** Before, one such value gave two violations, each with its path written out in its message (2,100 characters). */
    @Test
    void anUnknownValueNestedPastTheLimitIsOneShortViolationAtWhereItPassesIt() {
        JsonSchema<ImmutableExactUsage, ?> schema = ImmutableExactUsage.jsonSchema();
        String deepest = "{\"input_tokens\":1,\"x\":" + "[".repeat(199) + "]".repeat(199) + "}";
        assertThat(json().write(json().read(deepest, schema), schema)).isEqualTo(deepest);

        Violation tooDeep = only(json().tryRead("{\"input_tokens\":1,\"x\":" + "[".repeat(250) + "]".repeat(250) + "}",
                schema));

        assertThat(tooDeep.rule()).isEqualTo(Rule.UNSUPPORTED_VALUE);
        assertThat(tooDeep.wirePath()).isEqualTo("/x" + "/0".repeat(199));
        assertThat(tooDeep.message()).isEqualTo("'x' nests deeper than 200 levels");
    }

    @Test
    void anObjectWithTooManyUnknownFieldsStopsTheReading() {
        StringBuilder many = new StringBuilder("{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2");
        for (int field = 0; field <= dev.usageschema.json.JsonReader.MAX_UNKNOWN_FIELDS; field++) {
            many.append(",\"f").append(field).append("\":").append(field);
        }

        Violation stopped = only(json().tryRead(many.append('}').toString(), ImmutableOpenAiChatUsage.jsonSchema()));

        assertThat(stopped.rule()).isEqualTo(Rule.MALFORMED);
        assertThat(stopped.message()).contains("more than 1000 undeclared fields");
    }

    @Test
    void unreadableJsonIsOneViolationAtWhereTheParserStopped() {
        Violation truncated = only(json().tryRead("{\"prompt_tokens\":5,\"completion_tokens\":", SEED001));
        assertThat(truncated.rule()).isEqualTo(Rule.MALFORMED);
        assertThat(truncated.wirePath()).isEqualTo("/completion_tokens");

        assertThat(only(json().tryRead("{\"prompt_tokens\":5} {}", SEED001)).rule()).isEqualTo(Rule.MALFORMED);
        assertThat(only(json().tryRead("[1]", SEED001)).rule()).isEqualTo(Rule.JSON_TYPE);
        assertThat(only(json().tryRead(new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'}, SEED001)).rule())
                .isEqualTo(Rule.MALFORMED);
    }

    /** An empty document is input cut short before its first byte, not a value of the wrong type. */
    @Test
    void anEmptyDocumentIsMalformedAndSaysSo() {
        for (String empty : List.of("", " \n\t ")) {
            Violation nothing = only(json().tryRead(empty, SEED001));

            assertThat(nothing.rule()).isEqualTo(Rule.MALFORMED);
            assertThat(nothing.wirePath()).isEmpty();
            assertThat(nothing.message()).isEqualTo("unreadable JSON: the input is empty: no JSON value, where a"
                    + " StreamedCompletionsResultUsage object belongs");
        }
        assertThat(only(json().tryRead(new java.io.ByteArrayInputStream(new byte[0]), SEED001)).rule())
                .isEqualTo(Rule.MALFORMED);
    }

    /**
     * Byte sequences that are not UTF-8 and that Jackson read as text before (an overlong encoding,
     * a code point past U+10FFFF, an F5 lead byte, an encoded surrogate and a pair of them), each
     * with what the violation says of it.
     */
    static final Map<String, byte[]> NOT_UTF8 = notUtf8();

    private static Map<String, byte[]> notUtf8() {
        Map<String, byte[]> sequences = new java.util.LinkedHashMap<>();
        sequences.put("C0 AF, an overlong encoding of U+002F", bytes(0xC0, 0xAF));
        sequences.put("E0 80 AF, an overlong encoding of U+002F", bytes(0xE0, 0x80, 0xAF));
        sequences.put("F0 80 80 AF, an overlong encoding of U+002F", bytes(0xF0, 0x80, 0x80, 0xAF));
        sequences.put("F4 90 80 80, U+110000, past U+10FFFF", bytes(0xF4, 0x90, 0x80, 0x80));
        sequences.put("F5 80 80 80, U+140000, past U+10FFFF", bytes(0xF5, 0x80, 0x80, 0x80));
        sequences.put("ED A0 80, the encoding of the surrogate U+D800, which is not a character", bytes(0xED, 0xA0, 0x80));
        sequences.put("ED A0 80, the encoding of the surrogate U+D800, which is not a character (a pair of them)",
                bytes(0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80));
        return sequences;
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int index = 0; index < values.length; index++) {
            bytes[index] = (byte) values[index];
        }
        return bytes;
    }

    /** {@code before}, the bytes, then {@code after}. */
    static byte[] around(String before, byte[] bytes, String after) {
        byte[] head = before.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] document = java.util.Arrays.copyOf(head, head.length + bytes.length + tail.length);
        System.arraycopy(bytes, 0, document, head.length, bytes.length);
        System.arraycopy(tail, 0, document, head.length + bytes.length, tail.length);
        return document;
    }

    /** Where the bytes go, the schema that reads them, and the path of the violation. */
    private record Place(String before, String after, JsonSchema<?, ?> schema, String path) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("{\"model\":\"m", "\",\"request_id\":null,\"prompt_tokens\":3,\"completion_tokens\":4,\"retries\":0}",
                    GatewayUsageRecord.jsonSchema(), "/model"),
            new Place("{\"input_tokens\":10,\"output_tokens\":5,\"a", "\":1}", ImmutableAnthropicUsage.jsonSchema(), ""),
            new Place("{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2,\"x\":{\"y\":[\"a", "\"]}}",
                    ImmutableOpenAiChatUsage.jsonSchema(), "/x/y/0"),
            new Place("{\"input_tokens\":10,\"output_tokens\":5,\"note\":\"a", "\"}", ImmutableAnthropicUsage.jsonSchema(), "/note"),
            new Place("{\"input_tokens\":10,\"output_tokens\":5,\"cache_creation\":{\"a", "\":0}}",
                    ImmutableAnthropicUsage.jsonSchema(), "/cache_creation"));

    /**
     * Before, every one of these read as text: in a declared string, a field name, an undeclared
     * value kept or skipped, through bytes and through a stream alike.
     */
    @Test
    void bytesThatAreNotUtf8AreMalformedAtThePathOfTheStringOrNameThatHoldsThem() {
        for (Map.Entry<String, byte[]> sequence : NOT_UTF8.entrySet()) {
            for (Place place : PLACES) {
                byte[] document = around(place.before(), sequence.getValue(), place.after());
                String expected = "unreadable JSON: invalid UTF-8 at byte offset " + place.before().length() + ": "
                        + sequence.getKey().replace(" (a pair of them)", "");
                for (Validated<?> read : List.of(json().tryRead(document, place.schema()),
                        json().tryRead(new java.io.ByteArrayInputStream(document), place.schema()),
                        json().tryRead(new ByteAtATime(document), place.schema()))) {
                    String context = sequence.getKey() + " in " + new String(document, java.nio.charset.StandardCharsets.UTF_8);
                    Violation malformed = only(read);
                    assertWithMessage(context).that(malformed.rule()).isEqualTo(Rule.MALFORMED);
                    assertWithMessage(context).that(malformed.wirePath()).isEqualTo(place.path());
                    assertWithMessage(context).that(malformed.message()).isEqualTo(expected);
                }
            }
        }
    }

    /** A stream that hands out one byte a read, so that every sequence is split across reads. */
    private static final class ByteAtATime extends java.io.InputStream {
        private final byte[] bytes;
        private int at;

        ByteAtATime(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int next = read();
            if (next < 0) {
                return -1;
            }
            into[offset] = (byte) next;
            return 1;
        }
    }

    @Test
    void utf8ThatIsValidReadsAsItsTextThroughEveryInput() {
        String text = "{\"model\":\"gr\u00fc\u00df \u20ac \ud83d\ude00\",\"request_id\":null,\"prompt_tokens\":3,"
                + "\"completion_tokens\":4,\"retries\":0}";
        byte[] document = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        for (Validated<GatewayUsageRecord> read : List.of(json().tryRead(document, GatewayUsageRecord.jsonSchema()),
                json().tryRead(new ByteAtATime(document), GatewayUsageRecord.jsonSchema()),
                json().tryReadString(text, GatewayUsageRecord.jsonSchema()))) {
            assertThat(read.orElseThrow().model()).isEqualTo("gr\u00fc\u00df \u20ac \ud83d\ude00");
        }
    }

    /**
     * Before, a lone surrogate in an escape was read, and written back unescaped, so that it turned
     * into {@code ?} once encoded; in a Java string it turned into {@code ?} at once.
     */
    @Test
    void aLoneSurrogateIsMalformedAtItsPathAndIsNeverWritten() {
        String gateway = "\",\"request_id\":null,\"prompt_tokens\":3,\"completion_tokens\":4,\"retries\":0}";
        String chat = "{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2,";
        // Each document with the path of its violation and the lone surrogate; Jackson 3 finds one in a
        // name itself, and says so in its own words.
        Map<String, String> malformed = new java.util.LinkedHashMap<>();
        malformed.put("{\"model\":\"m\\uD800" + gateway, "/model D800");
        malformed.put("{\"model\":\"\\uDE00\\uD83D" + gateway, "/model DE00");
        malformed.put(chat + "\"x\":[\"a\",\"\\uDC00\"]}", "/x/1 DC00");
        malformed.put(chat + "\"a\\uDC00\":1}", " DC00");
        malformed.put(chat + "\"x\":{\"\\uD800\":1}}", "/x D800");
        for (Map.Entry<String, String> document : malformed.entrySet()) {
            JsonSchema<?, ?> schema = document.getKey().startsWith("{\"model\"") ? GatewayUsageRecord.jsonSchema()
                    : ImmutableOpenAiChatUsage.jsonSchema();
            for (Validated<?> read : List.of(json().tryRead(document.getKey(), schema),
                    json().tryReadString(document.getKey(), schema))) {
                Violation violation = only(read);
                assertWithMessage(document.getKey()).that(violation.rule()).isEqualTo(Rule.MALFORMED);
                assertWithMessage(document.getKey()).that(violation.wirePath() + " " + document.getValue().split(" ")[1])
                        .isEqualTo(document.getValue());
                assertWithMessage(document.getKey()).that(violation.message()).containsMatch("(?i)surrogate");
            }
        }
        assertThat(only(json().tryRead(chat + "\"x\":\"b\\uD800\"}", ImmutableOpenAiChatUsage.jsonSchema())).message())
                .isEqualTo("unreadable JSON: a string holding the lone surrogate \\uD800 at index 1, which is not text");
        // In a Java string: its UTF-8 would hold '?' instead.
        Violation raw = only(json().tryReadString("{\"model\":\"m\uD800" + gateway, GatewayUsageRecord.jsonSchema()));
        assertThat(raw.wirePath() + ": " + raw.message()).isEqualTo("/model: unreadable JSON: a string holding the lone"
                + " surrogate \\uD800 at index 1, which is not text");
        String pair = chat + "\"x\":\"\\uD83D\\uDE00\"}";
        ImmutableOpenAiChatUsage emoji = json().read(pair, ImmutableOpenAiChatUsage.jsonSchema());
        assertThat(emoji.extra()).containsEntry("x", "\ud83d\ude00");
        assertThat(json().read(json().write(emoji, ImmutableOpenAiChatUsage.jsonSchema()),
                ImmutableOpenAiChatUsage.jsonSchema())).isEqualTo(emoji);

        ImmutableOpenAiChatUsage.Builder valid = ImmutableOpenAiChatUsage.builder().promptTokens(1).completionTokens(1)
                .totalTokens(2);
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class, () -> json().write(
                valid.putExtra("x", List.of("a", "b\uD800")).build(), ImmutableOpenAiChatUsage.jsonSchema()));
        assertThat(value).hasMessageThat().isEqualTo("the string at '/x/1' holds the lone surrogate \\uD800 at index 1,"
                + " which no UTF-8 text can hold: it is not written");
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> json().write(
                ImmutableOpenAiChatUsage.builder().promptTokens(1).completionTokens(1).totalTokens(2)
                        .putExtra("\uDC00", 1).build(), ImmutableOpenAiChatUsage.jsonSchema()));
        assertThat(name).hasMessageThat().isEqualTo("a field name in the object at '' holds the lone surrogate \\uDC00 at"
                + " index 0, which no UTF-8 text can hold: it is not written");
    }

    // ---- through the databind mapper, inside the caller's own classes

    /** A response of the caller's own, holding usage objects as a field, in a list and in a map. */
    record Completion(String id, OpenAiChatUsage usage, List<OpenAiChatUsage> history,
            Map<String, OpenAiChatUsage> byModel) {
    }

    private static final String USAGE = "{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":4}}";

    @Test
    void theMapperReadsTheInterfaceAtTheRootAndWritesItsWireShape() {
        OpenAiChatUsage usage = json().mapperRead(USAGE, OpenAiChatUsage.class);

        assertThat(usage).isInstanceOf(ImmutableOpenAiChatUsage.class);
        assertThat(usage.totalTokens()).isEqualTo(21);
        assertThat(json().mapperWrite(usage)).isEqualTo(USAGE);
    }

    @Test
    void aMapperFindsTheModuleAndEveryGeneratedModelItself() {
        Completion completion = json().discoveringMapperRead("{\"id\":\"c1\",\"usage\":" + USAGE + "}", Completion.class);

        assertThat(completion.usage()).isInstanceOf(ImmutableOpenAiChatUsage.class);
        assertThat(completion.usage().totalTokens()).isEqualTo(21);
        assertThat(json().discoveringMapperRead("{\"promptTokenCount\":3,\"totalTokenCount\":3}",
                dev.usageschema.examples.providers.GeminiUsageMetadata.class).totalTokenCount()).isEqualTo(3);
    }

    @Test
    void theMapperReadsUsageInsideTheCallersClassesAndWritesItBack() {
        String response = "{\"id\":\"c1\",\"usage\":" + USAGE + ",\"history\":[" + USAGE + "," + USAGE + "],"
                + "\"byModel\":{\"m\":" + USAGE + "}}";

        Completion completion = json().mapperRead(response, Completion.class);

        assertThat(completion.usage().promptTokens()).isEqualTo(9);
        assertThat(completion.history()).hasSize(2);
        assertThat(completion.byModel().get("m").completionTokens()).isEqualTo(12);
        assertThat(json().mapperWrite(completion)).isEqualTo(response);
    }

    @Test
    void theMapperRefusesAWrongTotalWithEveryViolationInTheCause() {
        String response = "{\"id\":\"c1\",\"usage\":{\"prompt_tokens\":703732,\"completion_tokens\":394512,"
                + "\"total_tokens\":119453,\"prompt_tokens_details\":{\"cached_tokens\":703733}}}";

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> json().mapperRead(response, Completion.class));

        UsageViolationException cause = causeOf(thrown);
        assertThat(cause.violations().stream().map(Violation::wirePath).toList())
                .containsExactly("/total_tokens", "/prompt_tokens_details/cached_tokens");
    }

    @Test
    void theMapperWritesAnyImplementationOfTheInterfaceAfterCheckingIt() {
        OpenAiChatUsage handMade = new OpenAiChatUsage() {
            @Override
            public long promptTokens() {
                return 2;
            }

            @Override
            public long completionTokens() {
                return 3;
            }

            @Override
            public long totalTokens() {
                return 5;
            }

            @Override
            public Optional<OpenAiPromptDetails> promptTokensDetails() {
                return Optional.empty();
            }

            @Override
            public Optional<OpenAiCompletionDetails> completionTokensDetails() {
                return Optional.empty();
            }

            @Override
            public Map<String, Object> extra() {
                return Map.of();
            }
        };

        assertThat(json().mapperWrite(handMade)).isEqualTo("{\"prompt_tokens\":2,\"completion_tokens\":3,\"total_tokens\":5}");
    }

    private static UsageViolationException causeOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof UsageViolationException violations) {
                return violations;
            }
        }
        throw new AssertionError("no UsageViolationException in the causes of " + thrown, thrown);
    }
}
