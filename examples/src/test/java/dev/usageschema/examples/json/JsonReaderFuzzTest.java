package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.Checkable;
import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.seeds.seed001.ImmutableStreamedCompletionsResultUsage;
import dev.usageschema.examples.seeds.seed002.ImmutablePostV2ProxyCompletionsUsage;
import dev.usageschema.examples.seeds.seed003.ImmutableCompletionUsage;
import dev.usageschema.json.JsonSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated documents (cut short, bytes flipped, hostile numbers and wrong types put in,
 * keys repeated, nesting past every limit, invalid UTF-8 among it the sequences Jackson reads as
 * text, lone surrogates in escapes): each is read with a verdict, never an exception; a document
 * that is not UTF-8 is never read; and a value that is read is one its schema's checks accept and
 * that writes back and reads again to itself (a negative zero, a whole number written with an exponent, an enum by its
 * wire name among them); through each Jackson major. {@code -Djson.fuzz=N} sets the number of documents, {@code -Djson.fuzz.seed}
 * the seed.
 */
class JsonReaderFuzzTest {

    record Seed(JsonSchema<?, ?> schema, String json) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed(ImmutableStreamedCompletionsResultUsage.jsonSchema(),
                    "{\"prompt_tokens\":5,\"completion_tokens\":7,\"total_tokens\":12}"),
            new Seed(ImmutablePostV2ProxyCompletionsUsage.jsonSchema(), "{\"completion_tokens\":2.0,\"prompt_tokens\":1,"
                    + "\"total_tokens\":3,\"prompt_tokens_details\":null,\"completion_tokens_details\":{\"reasoning_tokens\":1}}"),
            new Seed(ImmutableCompletionUsage.jsonSchema(), "{\"completionTokens\":12,\"promptTokens\":9,\"totalTokens\":21,"
                    + "\"promptTokensDetails\":{\"cachedTokens\":3},\"x\":[1,2.50,{\"y\":null}]}"),
            new Seed(ImmutableOpenAiChatUsage.jsonSchema(), "{\"prompt_tokens\":19,\"completion_tokens\":10,"
                    + "\"total_tokens\":29,\"prompt_tokens_details\":{\"cached_tokens\":0,\"audio_tokens\":0},"
                    + "\"completion_tokens_details\":{\"reasoning_tokens\":0},\"service_tier\":\"default\"}"),
            new Seed(ImmutableGeminiUsageMetadata.jsonSchema(), "{\"promptTokenCount\":12,\"promptTokensDetails\":"
                    + "[{\"modality\":\"TEXT\",\"tokenCount\":8},{\"modality\":\"IMAGE\",\"tokenCount\":4}],\"totalTokenCount\":12}"),
            new Seed(ImmutableTaggedUsage.jsonSchema(), "{\"total_tokens\":3,\"tags\":[\"a\",\"b\"],"
                    + "\"ids\":[7,12],\"costs\":{\"input\":0.000125},\"retries\":[0,1]}"),
            new Seed(ImmutableAnthropicUsage.jsonSchema(), "{\"input_tokens\":2095,\"output_tokens\":503,"
                    + "\"cache_creation_input_tokens\":2051,\"cache_creation\":{\"ephemeral_5m_input_tokens\":2051,"
                    + "\"ephemeral_1h_input_tokens\":0},\"cache_read_input_tokens\":0}"),
            new Seed(GatewayUsageRecord.jsonSchema(), "{\"model\":\"m\",\"request_id\":null,\"service_tier\":\"flex\","
                    + "\"input_tokens\":3,\"output_tokens\":4,\"latency_seconds\":0.25,\"retries\":2}"),
            new Seed(ImmutableExactUsage.jsonSchema(), "{\"input_tokens\":3,\"latency_seconds\":0.25,\"rates\":{\"a\":0.5,"
                    + "\"b\":2},\"ttl\":\"5m\",\"modality\":\"TEXT\",\"x\":1.5,\"y\":[0.5,{\"z\":-1}]}"));

    private static final List<String> HOSTILE = List.of("null", "-1", "0", "1e400", "-1e400", "12.5", "1e-400",
            "9223372036854775808", "9007199254740993", "\"12\"", "true", "{}", "[]", "NaN", "Infinity", "[[[[", "}", ",",
            ":", "\"\\u0000\"", "1.0e2", "-0", "00", "1e9999999999", "{\"a\":1,\"a\":2}", "-0.0", "0.1e1", "12e0",
            "-1e-400", "1e-999999999999999999999", "1e999999999999999999999", "-INF", "+INF", "+Infinity", "\"5m\"",
            "\"1h\"", "\"TEXT\"", "\"text\"", "\"FLEX\"");

    @Test
    void jackson2GivesEveryMutatedDocumentAVerdictAndEveryValueReadIsValidAndLossless() {
        fuzz(JsonBackend.JACKSON_2);
    }

    @Test
    void jackson3GivesEveryMutatedDocumentAVerdictAndEveryValueReadIsValidAndLossless() {
        fuzz(JsonBackend.JACKSON_3);
    }

    private static void fuzz(JsonBackend json) {
        int documents = Integer.getInteger("json.fuzz", 10_000);
        long seed = Long.getLong("json.fuzz.seed", 20261122L);
        Random random = new Random(seed);
        int valid = 0;
        for (int i = 0; i < documents; i++) {
            Seed chosen = SEEDS.get(random.nextInt(SEEDS.size()));
            byte[] document = mutate(chosen.json().getBytes(StandardCharsets.UTF_8), random);
            if (judge(json, chosen.schema(), document, json + ", seed " + seed + ", document " + i + ": "
                    + new String(document, StandardCharsets.UTF_8))) {
                valid++;
            }
        }
        // The mutations must leave both verdicts common, or the run tests only one side.
        assertThat(valid).isGreaterThan(documents / 20);
        assertThat(valid).isLessThan(documents - documents / 20);
    }

    private static <M> boolean judge(JsonBackend json, JsonSchema<M, ?> schema, byte[] document, String context) {
        Validated<M> read = json.tryRead(document, schema);
        if (!utf8(document)) {
            // Wherever the bytes that are not UTF-8 stand, the parser stops there.
            assertWithMessage(context).that(read.violations().stream().map(Violation::rule).toList()).contains(Rule.MALFORMED);
        }
        if (!read.isValid()) {
            assertWithMessage(context).that(read.errors()).isNotEmpty();
            for (Violation violation : read.violations()) {
                assertWithMessage(context).that(violation.wirePath()).isNotNull();
                assertWithMessage(context).that(violation.message()).isNotEmpty();
            }
            return false;
        }
        M value = read.orElseThrow();
        assertWithMessage(context).that(((Checkable) value).violations().stream().noneMatch(Violation::isError)).isTrue();
        String written = json.write(value, schema);
        assertWithMessage(context + " written as " + written).that(json.read(written, schema)).isEqualTo(value);
        return true;
    }

    /** Whether the bytes are UTF-8, as the JDK's strict decoder judges them. */
    static boolean utf8(byte[] document) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(document));
            return true;
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** Lone surrogates as a JSON string spells them, and a pair for contrast. */
    private static final List<String> SURROGATE_ESCAPES = List.of("\\uD800", "\\uDFFF", "\\uDE00\\uD83D", "\\uD83D\\uDE00");

    static byte[] mutate(byte[] json, Random random) {
        String text = new String(json, StandardCharsets.UTF_8);
        int at = random.nextInt(text.length() + 1);
        return switch (random.nextInt(10)) {
            case 0 -> text.substring(0, at).getBytes(StandardCharsets.UTF_8);
            case 1 -> {
                byte[] flipped = json.clone();
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                yield flipped;
            }
            case 2 -> replaceValue(text, HOSTILE.get(random.nextInt(HOSTILE.size())), random);
            case 3 -> (text.substring(0, at) + HOSTILE.get(random.nextInt(HOSTILE.size())) + text.substring(at))
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> repeatFirstField(text);
            case 5 -> ("{\"x\":" + "[".repeat(1 + random.nextInt(3000)) + "}").getBytes(StandardCharsets.UTF_8);
            case 6 -> {
                byte[] broken = json.clone();
                broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
                yield broken;
            }
            case 7 -> {
                // Bytes that are not UTF-8 (an overlong encoding, past U+10FFFF, F5, encoded surrogates) inside a string.
                List<byte[]> sequences = List.copyOf(JsonContract.NOT_UTF8.values());
                int quote = insideString(text, random);
                yield JsonContract.around(text.substring(0, quote), sequences.get(random.nextInt(sequences.size())),
                        text.substring(quote));
            }
            case 8 -> {
                int quote = insideString(text, random);
                yield (text.substring(0, quote) + SURROGATE_ESCAPES.get(random.nextInt(SURROGATE_ESCAPES.size()))
                        + text.substring(quote)).getBytes(StandardCharsets.UTF_8);
            }
            default -> json;
        };
    }

    /** A position just inside a string of {@code text} (a name or a value), after an opening quote. */
    private static int insideString(String text, Random random) {
        int quote = text.indexOf('"', random.nextInt(text.length()));
        return quote < 0 ? text.indexOf('"') + 1 : quote + 1;
    }

    /** The document with one number, string or literal value put in place of another value. */
    private static byte[] replaceValue(String text, String replacement, Random random) {
        int colon = -1;
        for (int tries = 0; tries < 8 && colon < 0; tries++) {
            int candidate = text.indexOf(':', random.nextInt(text.length()));
            colon = candidate;
        }
        if (colon < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int end = colon + 1;
        while (end < text.length() && ",}]".indexOf(text.charAt(end)) < 0 && text.charAt(end) != '{'
                && text.charAt(end) != '[') {
            end++;
        }
        return (text.substring(0, colon + 1) + replacement + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeatFirstField(String text) {
        int comma = text.indexOf(',');
        return comma < 0 ? text.getBytes(StandardCharsets.UTF_8)
                : (text.substring(0, comma) + "," + text.substring(1, comma) + text.substring(comma))
                        .getBytes(StandardCharsets.UTF_8);
    }
}
