package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.json.JsonReader;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.json.Utf8Tokens;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;
import dev.usageschema.sum.Total;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The standard readers read bytes with the runtime's own tokens first ({@link Utf8Tokens}), and with
 * Jackson's parser where those decline: every document, whichever way it went, has the verdict,
 * violations, messages and value that Jackson's parser alone gives it, through each major. The
 * documents are the fuzz's mutated usage objects and every recorded response and stream of the
 * provider evidence, mutated the same ways; the own tokens must read most of them, or the test would compare
 * the parser with itself. {@code -Djson.fuzz=N} and {@code -Djson.fuzz.seed} as in {@link JsonReaderFuzzTest}.
 */
class OwnTokensFuzzTest {

    private static final dev.usageschema.jackson2.UsageJson PARSER_ONLY_2 = dev.usageschema.jackson2.UsageJson.using(
            com.fasterxml.jackson.core.JsonFactory.builder()
                    .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build());
    private static final dev.usageschema.jackson3.UsageJson PARSER_ONLY_3 = dev.usageschema.jackson3.UsageJson.using(
            tools.jackson.core.json.JsonFactory.builder()
                    .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build());

    private record Response(UsageSurface<?, ?> surface, String json) {
    }

    @Test
    void usageObjectsReadAsJacksonReadsThem() {
        int documents = Integer.getInteger("json.fuzz", 5_000);
        long seed = Long.getLong("json.fuzz.seed", 20261122L);
        Random random = new Random(seed);
        int ownTokens = 0;
        for (int i = 0; i < documents; i++) {
            JsonReaderFuzzTest.Seed chosen = JsonReaderFuzzTest.SEEDS.get(random.nextInt(JsonReaderFuzzTest.SEEDS.size()));
            byte[] document = i % 10 == 0 ? chosen.json().getBytes(StandardCharsets.UTF_8)
                    : JsonReaderFuzzTest.mutate(chosen.json().getBytes(StandardCharsets.UTF_8), random);
            if (sameAsParser(chosen.schema(), document, "seed " + seed + ", document " + i)) {
                ownTokens++;
            }
        }
        assertThat(ownTokens).isGreaterThan(documents / 3);
    }

    @Test
    void recordedResponsesReadAsJacksonReadsThem() {
        List<Response> responses = recordedResponses();
        assertThat(responses.size()).isAtLeast(50);
        long seed = Long.getLong("json.fuzz.seed", 20261122L);
        Random random = new Random(seed);
        int documents = Integer.getInteger("json.fuzz", 5_000) / 2;
        int ownTokens = 0;
        for (int i = 0; i < documents; i++) {
            Response chosen = responses.get(i < responses.size() ? i : random.nextInt(responses.size()));
            byte[] bytes = chosen.json().getBytes(StandardCharsets.UTF_8);
            byte[] document = i < responses.size() ? bytes : JsonReaderFuzzTest.mutate(bytes, random);
            if (sameResponseAsParser(chosen.surface(), document, "seed " + seed + ", document " + i)) {
                ownTokens++;
            }
        }
        assertThat(ownTokens).isGreaterThan(documents / 3);
    }

    @Test
    void recordedStreamsAddUpAsJacksonReadsThem() {
        long seed = Long.getLong("json.fuzz.seed", 20261122L);
        Random random = new Random(seed);
        int streams = 0;
        for (ProviderSurface<?, ?> provider : Providers.all()) {
            for (String name : List.of("stream.sse", "stream.jsonl")) {
                Path file = Path.of("..", "docs", "provider-evidence", provider.id(), name);
                if (!Files.exists(file)) {
                    continue;
                }
                byte[] recorded = bytes(file);
                for (int i = 0; i < 40; i++) {
                    byte[] stream = i == 0 ? recorded : JsonReaderFuzzTest.mutate(recorded, random);
                    String at = provider.id() + "/" + name + ", seed " + seed + ", stream " + i;
                    assertSameTotal(at + " (Jackson 2)", dev.usageschema.jackson2.UsageJson.standard().tryReadStream(
                            new ByteArrayInputStream(stream), provider.usageSurface()),
                            PARSER_ONLY_2.tryReadStream(new ByteArrayInputStream(stream), provider.usageSurface()),
                            JsonReaderFuzzTest.utf8(stream));
                    assertSameTotal(at + " (Jackson 3)", dev.usageschema.jackson3.UsageJson.standard().tryReadStream(
                            new ByteArrayInputStream(stream), provider.usageSurface()),
                            PARSER_ONLY_3.tryReadStream(new ByteArrayInputStream(stream), provider.usageSurface()),
                            JsonReaderFuzzTest.utf8(stream));
                }
                streams++;
            }
        }
        assertThat(streams).isAtLeast(10);
    }

    private static void assertSameTotal(String context, Total<?, ?> read, Total<?, ?> parsed, boolean utf8) {
        if (!utf8) {
            // As for one document: where a parser stops in bytes that are not UTF-8 depends on its history.
            assertWithMessage(context).that(read.acceptedCount()).isEqualTo(parsed.acceptedCount());
            assertWithMessage(context).that(read.rejectedCount()).isEqualTo(parsed.rejectedCount());
            assertWithMessage(context).that(read.sum()).isEqualTo(parsed.sum());
            return;
        }
        assertWithMessage(context).that(read.toString()).isEqualTo(parsed.toString());
        assertWithMessage(context).that(read.allOrNothing().violations()).isEqualTo(parsed.allOrNothing().violations());
    }

    /** {@return whether the own tokens read the document} Fails when a reading differs from the parser's. */
    private static <M> boolean sameAsParser(JsonSchema<M, ?> schema, byte[] document, String context) {
        String at = context + ": " + new String(document, StandardCharsets.UTF_8);
        Validated<M> own = Utf8Tokens.read(document, 0, document.length, tokens -> JsonReader.tryRead(tokens, schema));
        Validated<M> parsed2 = PARSER_ONLY_2.tryRead(document, schema);
        boolean utf8 = JsonReaderFuzzTest.utf8(document);
        assertSame(at + " (Jackson 2)", dev.usageschema.jackson2.UsageJson.standard().tryRead(document, schema), parsed2,
                utf8);
        assertSame(at + " (Jackson 3)", dev.usageschema.jackson3.UsageJson.standard().tryRead(document, schema),
                PARSER_ONLY_3.tryRead(document, schema), utf8);
        if (own != null) {
            assertSame(at + " (own tokens)", own, parsed2);
        }
        return own != null;
    }

    private static <X, M extends X> boolean sameResponseAsParser(UsageSurface<X, M> surface, byte[] document,
            String context) {
        String at = context + " of " + surface.schema().name() + ": " + new String(document, StandardCharsets.UTF_8);
        Validated<M> own = Utf8Tokens.read(document, 0, document.length,
                tokens -> JsonReader.tryReadResponse(tokens, surface));
        Validated<M> parsed2 = PARSER_ONLY_2.tryReadResponse(document, surface);
        boolean utf8 = JsonReaderFuzzTest.utf8(document);
        assertSame(at + " (Jackson 2)", dev.usageschema.jackson2.UsageJson.standard().tryReadResponse(document, surface),
                parsed2, utf8);
        assertSame(at + " (Jackson 3)", dev.usageschema.jackson3.UsageJson.standard().tryReadResponse(document, surface),
                PARSER_ONLY_3.tryReadResponse(document, surface), utf8);
        if (own != null) {
            assertSame(at + " (own tokens)", own, parsed2);
        }
        return own != null;
    }

    private static void assertSame(String context, Validated<?> read, Validated<?> parsed) {
        assertSame(context, read, parsed, true);
    }

    /**
     * Bytes that are not UTF-8 are never the own tokens' to read: two parsers of the same major agree
     * then on the verdict, but where it stops depends on the field names its factory has met before
     * (Jackson finds a known name's bytes before it decodes them), so only the rules are compared.
     */
    private static void assertSame(String context, Validated<?> read, Validated<?> parsed, boolean utf8) {
        if (!utf8) {
            assertWithMessage(context).that(read.violations().stream().map(Violation::rule).toList())
                    .isEqualTo(parsed.violations().stream().map(Violation::rule).toList());
            return;
        }
        assertWithMessage(context).that(read.violations()).isEqualTo(parsed.violations());
        assertWithMessage(context).that(read.isValid()).isEqualTo(parsed.isValid());
        if (parsed.isValid()) {
            assertWithMessage(context).that(read.orElseThrow()).isEqualTo(parsed.orElseThrow());
        }
    }

    /** Every whole response the provider evidence recorded, with its surface. */
    private static List<Response> recordedResponses() {
        List<Response> responses = new ArrayList<>();
        for (ProviderSurface<?, ?> provider : Providers.all()) {
            Path file = Path.of("..", "docs", "provider-evidence", provider.id(), "responses.jsonl");
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : new String(bytes(file), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    responses.add(new Response(provider.usageSurface(), line));
                }
            }
        }
        return responses;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
