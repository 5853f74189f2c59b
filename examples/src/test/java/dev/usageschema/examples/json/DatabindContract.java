package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.UsageViolationException;
import dev.usageschema.Violation;
import dev.usageschema.examples.json.JsonBackend.Databind;
import dev.usageschema.examples.providers.AnthropicUsage;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.examples.seeds.seed003.CompletionUsage;
import dev.usageschema.examples.seeds.seed003.ImmutableCompletionUsage;
import dev.usageschema.json.JsonSchema;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Usage objects through each Jackson major's databind mapper ({@link Jackson2DatabindTest},
 * {@link Jackson3DatabindTest}): how a refused one fails, and where its violations point.
 */
abstract class DatabindContract {

    /** The Jackson major under test. */
    abstract JsonBackend json();

    /** A response of the caller's own, with a usage object of each schema below as a field. */
    record Response(String id, TaggedUsage tagged, StrictUsage strict, ScoredUsage scored, OpenAiChatUsage chat,
            CompletionUsage completion, List<OpenAiChatUsage> history) {
    }

    /** A response that names the model itself, as a mapper without the module can read it. */
    record ModelResponse(String id, ImmutableOpenAiChatUsage usage) {
    }

    private static final String CHAT = "{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21}";

    private Databind mapper() {
        return json().databind(Set.of(), ImmutableTaggedUsage.jsonSchema(), ImmutableStrictUsage.jsonSchema(),
                ImmutableScoredUsage.jsonSchema(), ImmutableOpenAiChatUsage.jsonSchema(),
                ImmutableCompletionUsage.jsonSchema());
    }

    private static List<String> describe(List<Violation> violations) {
        return violations.stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    /** One bad usage object: the field of {@link Response} that holds it, its schema, and what is wrong. */
    private record Case(String field, JsonSchema<?, ?> schema, String usage, List<String> expected) {
    }

    private static final List<Case> CASES = List.of(
            new Case("tagged", ImmutableTaggedUsage.jsonSchema(), "{\"total_tokens\":3,\"tags\":[\"a\",7],\"ids\":[],\"costs\":{}}",
                    List.of("JSON_TYPE /tags/1")),
            new Case("tagged", ImmutableTaggedUsage.jsonSchema(), "{\"total_tokens\":3,\"tags\":[],\"ids\":[1,1],\"costs\":{}}",
                    List.of("DUPLICATE /ids/1")),
            new Case("tagged", ImmutableTaggedUsage.jsonSchema(), "{\"total_tokens\":3,\"tags\":[],\"ids\":[2.5],\"costs\":{}}",
                    List.of("WHOLE_NUMBER /ids/0")),
            new Case("tagged", ImmutableTaggedUsage.jsonSchema(),
                    "{\"total_tokens\":3,\"tags\":[],\"ids\":[],\"costs\":{},\"retries\":[3000000000]}",
                    List.of("NUMBER_RANGE /retries/0")),
            new Case("tagged", ImmutableTaggedUsage.jsonSchema(), "{\"total_tokens\":-1,\"tags\":[],\"ids\":[],\"costs\":{}}",
                    List.of("NON_NEGATIVE /total_tokens")),
            new Case("tagged", ImmutableTaggedUsage.jsonSchema(),
                    "{\"total_tokens\":3,\"total_tokens\":4,\"tags\":[],\"ids\":[],\"costs\":{}}", List.of("DUPLICATE /total_tokens")),
            new Case("tagged", ImmutableTaggedUsage.jsonSchema(), "{\"total_tokens\":null,\"tags\":[],\"ids\":[],\"costs\":{}}",
                    List.of("NOT_NULL /total_tokens")),
            new Case("tagged", ImmutableTaggedUsage.jsonSchema(), "{\"tags\":[],\"ids\":[],\"costs\":{}}",
                    List.of("REQUIRED /total_tokens")),
            new Case("tagged", ImmutableTaggedUsage.jsonSchema(), "{\"total_tokens\":3,\"tags\":[\"a\",tru",
                    List.of("MALFORMED /tags/1")),
            new Case("strict", ImmutableStrictUsage.jsonSchema(), "{\"input_tokens\":1,\"output_tokens\":1,\"x\":1}",
                    List.of("UNKNOWN_PROPERTY /x")),
            new Case("scored", ImmutableScoredUsage.jsonSchema(), "{\"billed_tokens\":\"Infinity\",\"score\":1}",
                    List.of("FINITE /billed_tokens")),
            new Case("completion", ImmutableCompletionUsage.jsonSchema(),
                    "{\"completionTokens\":0,\"promptTokens\":9007199254740993,\"totalTokens\":9007199254740992}",
                    List.of("EXACT_RANGE /promptTokens")),
            new Case("chat", ImmutableOpenAiChatUsage.jsonSchema(), "{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":20}",
                    List.of("SUM /total_tokens")),
            new Case("chat", ImmutableOpenAiChatUsage.jsonSchema(), "{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21,"
                    + "\"prompt_tokens_details\":{\"cached_tokens\":10}}", List.of("AT_MOST /prompt_tokens_details/cached_tokens")),
            new Case("chat", ImmutableOpenAiChatUsage.jsonSchema(), "{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21,"
                    + "\"prompt_tokens_details\":{\"cached_tokens\":", List.of("MALFORMED /prompt_tokens_details/cached_tokens")),
            // Cut short where a field name belongs: at the object, not at the field before.
            new Case("chat", ImmutableOpenAiChatUsage.jsonSchema(), "{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21,"
                    + "\"prompt_tokens_details\":{\"cached_tokens\":1,", List.of("MALFORMED /prompt_tokens_details")),
            new Case("chat", ImmutableOpenAiChatUsage.jsonSchema(), "{\"prompt_tokens\":9,", List.of("MALFORMED ")));

    /**
     * Before, a violation inside the caller's record pointed at {@code /tagged/tags/1} for
     * {@code MALFORMED} and at {@code /tags/1} for every other rule.
     */
    @Test
    void everyViolationIsAtItsPathWithinTheUsageObjectWhereverTheObjectStands() {
        Databind mapper = mapper();
        for (Case bad : CASES) {
            String context = bad.field() + ": " + bad.usage();
            assertWithMessage(context + " alone").that(describe(json().tryRead(bad.usage(), bad.schema()).violations()))
                    .isEqualTo(bad.expected());
            assertWithMessage(context + " at the root").that(violationsOf(() -> mapper.read(bad.usage(),
                    bad.schema().schemaType()))).isEqualTo(bad.expected());
            assertWithMessage(context + " in a record").that(violationsOf(() -> mapper.read("{\"id\":\"c\",\""
                    + bad.field() + "\":" + bad.usage() + "}", Response.class))).isEqualTo(bad.expected());
            if (bad.field().equals("chat")) {
                assertWithMessage(context + " in a list").that(violationsOf(() -> mapper.read("{\"id\":\"c\",\"history\":["
                        + CHAT + "," + bad.usage() + "]}", Response.class))).isEqualTo(bad.expected());
            }
        }
    }

    private List<String> violationsOf(Executable read) {
        return describe(json().violationsOf(assertThrows(Throwable.class, read)));
    }

    /**
     * Before, the root threw a bare {@link UsageViolationException} (an {@link IllegalArgumentException},
     * which a web framework answers 500), malformed JSON too, while inside a record it was Jackson's.
     */
    @Test
    void aRefusedUsageIsJacksonsInputMismatchAtTheRootAsInsideTheCallersClasses() {
        Databind mapper = mapper();
        for (String usage : List.of("{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":20}", "{\"prompt_tokens\":9,")) {
            List<Executable> reads = List.of(() -> mapper.read(usage, OpenAiChatUsage.class),
                    () -> mapper.read(usage, ImmutableOpenAiChatUsage.class),
                    () -> mapper.read(usage.getBytes(java.nio.charset.StandardCharsets.UTF_8), OpenAiChatUsage.class),
                    () -> mapper.read("{\"id\":\"c\",\"chat\":" + usage + "}", Response.class),
                    () -> mapper.read("{\"id\":\"c\",\"history\":[" + CHAT + "," + usage + "]}", Response.class));
            for (Executable read : reads) {
                Exception thrown = assertThrows(json().mappingException(), read);

                assertThat(thrown.getClass().getSimpleName()).isEqualTo("InvalidUsageException");
                assertThat(thrown.getCause()).isInstanceOf(UsageViolationException.class);
                assertThat(json().violationsOf(thrown)).isEqualTo(((UsageViolationException) thrown.getCause()).violations());
                assertThat(json().violationsOf(thrown)).isNotEmpty();
                assertThat(thrown.getMessage()).contains("OpenAiChatUsage is invalid");
            }
        }
        Exception inRecord = assertThrows(json().mappingException(), () -> mapper.read("{\"id\":\"c\",\"chat\":"
                + "{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":20}}", Response.class));
        assertThat(inRecord.getMessage()).contains("Response[\"chat\"]");
    }

    /** Before, a read of 20,000 undeclared fields logged 20,000 records. */
    @Test
    void warningsReadThroughDatabindAreLoggedOncePerSchemaAndWirePathAndBoundedInAll() throws Exception {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.usageschema");
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = logger.getUseParentHandlers();
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        try {
            StringBuilder many = new StringBuilder("{\"input_tokens\":10,\"output_tokens\":5");
            for (int field = 0; field < 20_000; field++) {
                many.append(",\"f").append(field).append("\":").append(field);
            }
            Databind mapper = json().databind(Set.of(), ImmutableAnthropicUsage.jsonSchema());

            assertThat(mapper.read(many.append('}').toString(), AnthropicUsage.class).totalTokens()).isEqualTo(15);
            assertThat(logged).hasSize(dev.usageschema.json.ReadWarnings.LIMIT + 1);
            assertThat(logged.get(0)).isEqualTo("AnthropicUsage: WARNING UNKNOWN_PROPERTY at /f0: AnthropicUsage has no"
                    + " property 'f0'; dropped (@UsageSchema(unknownFields = OFF) stops this report; an @AdditionalProperties map keeps such fields)");
            assertThat(logged.get(dev.usageschema.json.ReadWarnings.LIMIT)).startsWith("100 warnings of values read"
                    + " were logged, each schema's warning at a wire path once; no more are");
            mapper.read("{\"input_tokens\":10,\"output_tokens\":5,\"service_tier\":\"standard\"}", AnthropicUsage.class);
            assertThat(logged).hasSize(dev.usageschema.json.ReadWarnings.LIMIT + 1);

            logged.clear();
            Databind fresh = json().databind(Set.of(), ImmutableAnthropicUsage.jsonSchema());
            for (int read = 0; read < 3; read++) {
                fresh.read("{\"input_tokens\":10,\"output_tokens\":5,\"service_tier\":\"standard\"}", AnthropicUsage.class);
            }
            assertThat(logged).containsExactly("AnthropicUsage: WARNING UNKNOWN_PROPERTY at /service_tier: AnthropicUsage"
                    + " has no property 'service_tier'; dropped (@UsageSchema(unknownFields = OFF) stops this report; an @AdditionalProperties map keeps such fields)");
        } finally {
            logger.removeHandler(handler);
            logger.setUseParentHandlers(parents);
        }
    }

    /**
     * Jackson's own parsers read these bytes as text before; a mapper on a factory that
     * {@code UsageJson.checkingUtf8} made refuses them at their path within the usage object.
     */
    @Test
    void aMapperOnACheckingFactoryRefusesBytesThatAreNotUtf8AtTheirPathWithinTheUsageObject() throws Exception {
        Databind mapper = json().databind(Set.of(JsonBackend.Option.CHECKED_UTF8), ImmutableOpenAiChatUsage.jsonSchema());
        String before = "{\"id\":\"c\",\"chat\":{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":21,\"x\":\"a";
        for (java.util.Map.Entry<String, byte[]> sequence : JsonContract.NOT_UTF8.entrySet()) {
            byte[] document = JsonContract.around(before, sequence.getValue(), "\"}}");

            List<Violation> violations = json().violationsOf(assertThrows(Throwable.class,
                    () -> mapper.read(document, Response.class)));

            assertWithMessage(sequence.getKey()).that(describe(violations)).containsExactly("MALFORMED /x");
            assertWithMessage(sequence.getKey()).that(violations.get(0).message()).isEqualTo("unreadable JSON: invalid UTF-8 at"
                    + " byte offset " + before.length() + ": " + sequence.getKey().replace(" (a pair of them)", ""));
        }
        byte[] valid = JsonContract.around(before, "\u20ac\ud83d\ude00".getBytes(java.nio.charset.StandardCharsets.UTF_8), "\"}}");
        assertThat(mapper.read(valid, Response.class).chat().extra()).containsEntry("x", "a\u20ac\ud83d\ude00");
    }

    /** Before, treeToValue took a key given twice as its last value. */
    @Test
    void aTreeIsReadOnlyFromAMapperWhoseTreesRefuseAKeyGivenTwice() throws Exception {
        String twice = "{\"prompt_tokens\":9,\"prompt_tokens\":8,\"completion_tokens\":12,\"total_tokens\":21}";
        Databind plain = json().databind(Set.of(), ImmutableOpenAiChatUsage.jsonSchema());
        for (String usage : List.of(twice, CHAT)) {
            List<Violation> refused = json().violationsOf(assertThrows(Throwable.class,
                    () -> plain.treeToValue(usage, OpenAiChatUsage.class)));

            assertThat(describe(refused)).containsExactly("MALFORMED ");
            assertThat(refused.get(0).message()).isEqualTo("unreadable JSON: OpenAiChatUsage comes from a JsonNode tree"
                    + " (treeToValue), which holds one value per key, the last, so that a key the JSON gave twice is not"
                    + " seen: read the JSON text (readValue, UsageJson), or enable"
                    + " DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY on the mapper, so that reading a tree refuses"
                    + " a key given twice");
        }
        Databind refusing = json().databind(Set.of(JsonBackend.Option.TREES_REFUSE_DUPLICATES),
                ImmutableOpenAiChatUsage.jsonSchema());
        assertThat(refusing.treeToValue(CHAT, OpenAiChatUsage.class).totalTokens()).isEqualTo(21);
        Exception duplicate = assertThrows(json().mappingException(), () -> refusing.treeToValue(twice, OpenAiChatUsage.class));
        assertThat(duplicate.getMessage()).contains("prompt_tokens");
        // Java values are read as they come: a buffer of JSON text keeps every key (reactive web frameworks read so).
        assertThat(plain.convertValue(CHAT, OpenAiChatUsage.class).totalTokens()).isEqualTo(21);
    }

    /**
     * Before, treeToValue and convertValue read {@code 1e-400} as 0, {@code 1.0000000000000000001}
     * as 1 and {@code 9007199254740993.0} as 2^53. A number a tree or a Java value holds only as a
     * double is judged on what the double still shows and refused where it may stand for another
     * literal; with {@code USE_BIG_DECIMAL_FOR_FLOATS} the tree keeps each literal's exact value, and
     * every verdict is the one of the JSON text.
     */
    @Test
    void aNumberHeldOnlyAsADoubleIsJudgedOnWhatItStillShowsAndRefusedWhereItCouldBeAnother() throws Exception {
        JsonSchema<?, ?>[] schemas = {ImmutableOpenAiChatUsage.jsonSchema(), ImmutableCompletionUsage.jsonSchema(),
            dev.usageschema.examples.providers.GatewayUsageRecord.jsonSchema(), ImmutableTaggedUsage.jsonSchema()};
        Databind doubles = json().databind(Set.of(JsonBackend.Option.TREES_REFUSE_DUPLICATES), schemas);
        Databind exact = json().databind(Set.of(JsonBackend.Option.TREES_REFUSE_DUPLICATES,
                JsonBackend.Option.BIG_DECIMALS), schemas);
        String gateway = "{\"model\":\"m\",\"request_id\":null,\"prompt_tokens\":3,\"completion_tokens\":4,\"retries\":0,";
        String tagged = "{\"total_tokens\":3,\"tags\":[],\"ids\":[],";
        // Each document, and its verdict when the tree holds doubles ("as text": the same as the JSON text's).
        List<List<String>> cases = List.of(
                List.of("{\"prompt_tokens\":1e-400,\"completion_tokens\":0,\"total_tokens\":0}", "MALFORMED /prompt_tokens"),
                List.of("{\"prompt_tokens\":1.0000000000000000001,\"completion_tokens\":0,\"total_tokens\":1}",
                        "MALFORMED /prompt_tokens"),
                List.of("{\"prompt_tokens\":2400e-2,\"completion_tokens\":0,\"total_tokens\":24}", "MALFORMED /prompt_tokens"),
                List.of("{\"prompt_tokens\":12.5,\"completion_tokens\":0,\"total_tokens\":12}", "as text"),
                List.of("{\"prompt_tokens\":9007199254740993,\"completion_tokens\":0,\"total_tokens\":9007199254740993}",
                        "as text"),
                List.of("{\"prompt_tokens\":1,\"completion_tokens\":0,\"total_tokens\":1,\"cost\":0.000125}", "MALFORMED /cost"),
                List.of("{\"completionTokens\":0,\"promptTokens\":9007199254740993.0,\"totalTokens\":9007199254740992}",
                        "MALFORMED /promptTokens"),
                List.of("{\"completionTokens\":0,\"promptTokens\":9007199254740993,\"totalTokens\":9007199254740992}",
                        "as text"),
                List.of("{\"completionTokens\":0.5,\"promptTokens\":1,\"totalTokens\":1}", "as text"),
                List.of(gateway + "\"latency_seconds\":0.25}", "as text"),
                List.of(gateway + "\"latency_seconds\":1e400}", "MALFORMED /latency_seconds"),
                List.of(tagged + "\"costs\":{\"a\":0.1}}", "MALFORMED /costs/a"),
                List.of(tagged + "\"costs\":{},\"retries\":[2.0]}", "MALFORMED /retries/0"),
                List.of(tagged + "\"costs\":{},\"retries\":[2.5]}", "as text"));
        for (List<String> bad : cases) {
            String usage = bad.get(0);
            JsonSchema<?, ?> schema = usage.startsWith("{\"model\"") ? schemas[2] : usage.startsWith("{\"total_tokens\":3,")
                    ? schemas[3] : usage.contains("promptTokens") ? schemas[1] : schemas[0];
            Class<?> type = schema.schemaType();
            List<String> asText = describe(json().tryRead(usage, schema).violations().stream()
                    .filter(Violation::isError).toList());
            List<String> expected = bad.get(1).equals("as text") ? asText : List.of(bad.get(1));

            assertWithMessage(usage + " in a tree of doubles").that(verdict(() -> doubles.treeToValue(usage, type)))
                    .isEqualTo(expected);
            assertWithMessage(usage + " in a Map of doubles").that(verdict(() -> doubles.convertValue(usage, type)))
                    .isEqualTo(expected);
            assertWithMessage(usage + " in a tree of BigDecimals").that(verdict(() -> exact.treeToValue(usage, type)))
                    .isEqualTo(asText);
            assertWithMessage(usage + " in a Map of BigDecimals").that(verdict(() -> exact.convertValue(usage, type)))
                    .isEqualTo(asText);
        }
        List<Violation> refused = json().violationsOf(assertThrows(Throwable.class, () -> doubles.treeToValue(
                "{\"prompt_tokens\":1e-400,\"completion_tokens\":0,\"total_tokens\":0}", OpenAiChatUsage.class)));
        assertThat(refused.get(0).message()).isEqualTo("unreadable JSON: promptTokens 0.0 cannot be judged: a literal with"
                + " a fraction, or past 2^53, gives a whole double too (1e-400 gives 0.0); it is a double in a JsonNode"
                + " tree or in Java values, its literal gone: read the JSON text itself (readValue, UsageJson), or read"
                + " the tree with DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, which keeps each literal's exact value");
        assertThat(exact.treeToValue("{\"prompt_tokens\":1,\"completion_tokens\":0,\"total_tokens\":1,\"cost\":0.000125}",
                ImmutableOpenAiChatUsage.class).extra()).containsEntry("cost", new java.math.BigDecimal("0.000125"));
    }

    /** The errors a read ends with: none when it returns. */
    private List<String> verdict(org.junit.jupiter.api.function.ThrowingSupplier<?> read) {
        try {
            read.get();
            return List.of();
        } catch (Throwable thrown) {
            return describe(json().violationsOf(thrown).stream().filter(Violation::isError).toList());
        }
    }

    /**
     * Before, a mapper without the module wrote a model as {@code {}} with no error, and could not
     * read it ("no Creators"): a model carries the databind annotations of the JSON modules at hand.
     */
    @Test
    void aMapperWithoutTheModuleWritesTheModelAndReadsItWithEveryCheck() throws Exception {
        Databind plain = json().plainDatabind();
        ImmutableOpenAiChatUsage usage = ImmutableOpenAiChatUsage.builder().promptTokens(9).completionTokens(12)
                .totalTokens(21).build();

        assertThat(plain.write(usage)).isEqualTo(CHAT);
        assertThat(plain.write(new Response("c", null, null, null, usage, null, List.of(usage))))
                .contains("\"chat\":" + CHAT + ",\"completion\":null,\"history\":[" + CHAT + "]");
        assertThat(plain.read(CHAT, ImmutableOpenAiChatUsage.class)).isEqualTo(usage);
        assertThat(plain.read("{\"id\":\"c\",\"usage\":" + CHAT + "}", ModelResponse.class).usage()).isEqualTo(usage);
        assertThat(violationsOf(() -> plain.read("{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":20}",
                ImmutableOpenAiChatUsage.class))).containsExactly("SUM /total_tokens");
        // The interface names no class to read: Jackson alone cannot tell, and says so; the module can.
        Exception schemaType = assertThrows(json().mappingException(), () -> plain.read(CHAT, OpenAiChatUsage.class));
        assertThat(schemaType.getMessage()).contains("abstract types");
    }
}
