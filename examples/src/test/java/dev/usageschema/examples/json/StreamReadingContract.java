package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.AnthropicStreamUsage;
import dev.usageschema.examples.providers.CohereUsage;
import dev.usageschema.examples.providers.GeminiUsageMetadata;
import dev.usageschema.examples.providers.GroqUsage;
import dev.usageschema.examples.providers.ImmutableAnthropicStreamUsage;
import dev.usageschema.examples.providers.ImmutableCohereUsage;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableGroqUsage;
import dev.usageschema.examples.providers.ImmutableOllamaUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.OllamaUsage;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.json.EventFraming;
import dev.usageschema.json.EventSelector;
import dev.usageschema.json.StreamSites;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.sum.Adder;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Streams of provider events (server-sent events, JSON lines) read event by event into the usage
 * accumulator, with every violation at its event's index: one set of cases, run against each Jackson
 * major ({@link Jackson2StreamReadingTest}, {@link Jackson3StreamReadingTest}).
 */
abstract class StreamReadingContract {

    /** The Jackson major under test. */
    abstract ResponseBackend json();

    private static final UsageSurface<OpenAiChatUsage, ImmutableOpenAiChatUsage> CHAT = UsageSurface
            .of(ImmutableOpenAiChatUsage.jsonSchema(), ImmutableOpenAiChatUsage.adder()).at("/usage");

    private static final String CHUNK = "{\"id\":\"c\",\"choices\":[{\"delta\":{\"content\":\"%s\"}}],\"usage\":null}";
    private static final String LAST = "{\"id\":\"c\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,"
            + "\"completion_tokens\":12,\"total_tokens\":%d}}";

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> paths(Validated<?> read) {
        return read.violations().stream().map(Violation::wirePath).toList();
    }

    @Test
    void anOpenAiChatStreamGivesItsLastChunksUsageAndPassesOverNullsCommentsAndDone() {
        String sse = ": keep-alive\n\ndata: " + CHUNK.formatted("Hel") + "\n\ndata: " + CHUNK.formatted("lo")
                + "\n\n: another comment\ndata: " + LAST.formatted(21) + "\n\ndata: [DONE]\n\n";

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = json().tryReadStream(bytes(sse), CHAT);

        assertThat(total.allOrNothing().orElseThrow().totalTokens()).isEqualTo(21);
        assertThat(total.acceptedCount()).isEqualTo(1);
        assertThat(total.warnings()).isEmpty();
    }

    @Test
    void aDoneMarkerWithSpaceAroundItIsNoEventAsJsonWithSpaceAroundItIsAValue() {
        String sse = "data: " + LAST.formatted(21) + "\n\ndata: [DONE] \r\n\ndata:\t[DONE]\t\n\ndata:  [DONE]\n\n";

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = json().tryReadStream(bytes(sse), CHAT);

        assertThat(total.rejectedCount()).isEqualTo(0);
        assertThat(total.allOrNothing().orElseThrow().totalTokens()).isEqualTo(21);
        // Anything else beside it is an event, and not JSON.
        assertThat(json().tryReadStream(bytes("data: [DONE]x\n\n"), CHAT).rejectedCount()).isEqualTo(1);
    }

    @Test
    void aViolationIsAtItsEventsIndexThenItsPointerThenItsPathInTheUsage() {
        // Index 2: comments, blank lines and [DONE] are no events.
        String sse = ": c\n\ndata: " + CHUNK.formatted("a") + "\n\n: c\n\ndata: " + CHUNK.formatted("b") + "\n\ndata: "
                + LAST.formatted(99) + "\n\ndata: [DONE]\n\n";

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = json().tryReadStream(bytes(sse), CHAT);

        assertThat(paths(total.allOrNothing())).containsExactly("/2/usage/total_tokens");
        assertThat(total.rejected().get(0).index()).isEqualTo(2);
        assertThat(total.rejected().get(0).violations().get(0).wirePath()).isEqualTo("/usage/total_tokens");
    }

    @Test
    void anthropicsEventsAreSelectedByTheirTypeAndTheirUsageSitsWhereEachTypePutsIt() {
        UsageSurface<AnthropicStreamUsage, ImmutableAnthropicStreamUsage> messages = UsageSurface
                .of(ImmutableAnthropicStreamUsage.jsonSchema(), ImmutableAnthropicStreamUsage.adder())
                .at("/usage")
                .streamEvents(StreamSites.when(EventSelector.field("/type", "message_start"), "/message/usage")
                        .orWhen(EventSelector.field("/type", "message_delta"), "/usage"));
        String sse = """
                event: message_start
                data: {"type":"message_start","message":{"id":"msg_1","role":"assistant","content":[],"usage":{"input_tokens":25,"output_tokens":1}}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"},"usage":{"output_tokens":-5}}

                event: message_delta
                data: {"usage":{"output_tokens":15},"type":"message_delta","delta":{"stop_reason":"end_turn"}}

                event: message_stop
                data: {"type":"message_stop"}

                """;

        ImmutableAnthropicStreamUsage usage = json().tryReadStream(bytes(sse), messages).allOrNothing().orElseThrow();

        assertThat(usage.inputTokens().getAsLong()).isEqualTo(25);
        assertThat(usage.outputTokens()).isEqualTo(15);
        assertThat(usage.totalTokens()).isEqualTo(40);
    }

    @Test
    void aSelectingFieldGivenTwiceInAnEventIsMalformedThereAndTheStreamGoesOn() {
        UsageSurface<AnthropicStreamUsage, ImmutableAnthropicStreamUsage> messages = UsageSurface
                .of(ImmutableAnthropicStreamUsage.jsonSchema(), ImmutableAnthropicStreamUsage.adder())
                .at("/usage")
                .streamEvents(StreamSites.when(EventSelector.field("/type", "message_start"), "/message/usage")
                        .orWhen(EventSelector.field("/type", "message_delta"), "/usage"));
        String sse = "data: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}\n\n"
                + "data: {\"type\":\"message_delta\",\"type\":\"ping\",\"usage\":{\"output_tokens\":15}}\n\n";
        UsageSurface<OllamaUsage, ImmutableOllamaUsage> ollama = UsageSurface
                .of(ImmutableOllamaUsage.jsonSchema(), ImmutableOllamaUsage.adder())
                .at(UsageSite.amongFieldsOf(""))
                .streamEvents(StreamSites.when(EventSelector.field("/done", true), UsageSite.amongFieldsOf("")))
                .framing(EventFraming.JSON_LINES);
        String lines = "{\"done\":true,\"prompt_eval_count\":26,\"eval_count\":282,\"done\":false}\n";

        Validated<ImmutableAnthropicStreamUsage> read = json().tryReadStream(bytes(sse), messages).allOrNothing();
        Validated<ImmutableOllamaUsage> among = json().tryReadStream(bytes(lines), ollama).allOrNothing();

        assertThat(read.violations().stream().map(v -> v.rule() + " " + v.wirePath()).toList())
                .containsExactly("MALFORMED /1/type");
        assertThat(among.violations().stream().map(v -> v.rule() + " " + v.wirePath()).toList())
                .containsExactly("MALFORMED /0/done");
    }

    @Test
    void cohereEventsAreSelectedByTheirServerSentEventName() {
        UsageSurface<CohereUsage, ImmutableCohereUsage> cohere = UsageSurface
                .of(ImmutableCohereUsage.jsonSchema(), ImmutableCohereUsage.adder())
                .at("/usage")
                .streamEvents(StreamSites.when(EventSelector.named("message-end"), "/delta/usage"));
        String sse = "event: content-delta\ndata: {\"type\":\"content-delta\",\"delta\":{\"usage\":{\"tokens\":"
                + "{\"input_tokens\":-1}}}}\n\nevent: message-end\ndata: {\"type\":\"message-end\",\"delta\":{"
                + "\"finish_reason\":\"COMPLETE\",\"usage\":{\"billed_units\":{\"input_tokens\":25,\"output_tokens\":48},"
                + "\"tokens\":{\"input_tokens\":71,\"output_tokens\":48}}}}\n\n";

        ImmutableCohereUsage usage = json().tryReadStream(bytes(sse), cohere).allOrNothing().orElseThrow();

        assertThat(usage.billedUnits().orElseThrow().inputTokens().getAsDouble()).isEqualTo(25.0);
    }

    @Test
    void ollamasJsonLinesGiveTheDoneChunksUsageAmongItsOtherFields() {
        UsageSurface<OllamaUsage, ImmutableOllamaUsage> ollama = UsageSurface
                .of(ImmutableOllamaUsage.jsonSchema(), ImmutableOllamaUsage.adder())
                .at(UsageSite.amongFieldsOf(""))
                .streamEvents(StreamSites.when(EventSelector.field("/done", true), UsageSite.amongFieldsOf("")))
                .framing(EventFraming.JSON_LINES);
        String lines = """
                {"model":"llama3.2","message":{"role":"assistant","content":"The"},"done":false}

                {"model":"llama3.2","message":{"role":"assistant","content":" sky"},"done":false,"eval_count":-1}
                {"model":"llama3.2","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":4883583458,"prompt_eval_count":26,"eval_count":282}
                """;

        Total<OllamaUsage, ImmutableOllamaUsage> total = json().tryReadStream(bytes(lines), ollama);

        assertThat(total.allOrNothing().orElseThrow().evalCount().getAsLong()).isEqualTo(282);
        assertThat(total.warnings()).isEmpty();
    }

    @Test
    void recordedBedrockEventsAsJsonLinesGiveTheMetadataEventsUsage() {
        UsageSurface<OpenAiChatUsage, ImmutableOpenAiChatUsage> lines = CHAT.streamEvents(
                StreamSites.everyEvent("/metadata/usage"));
        String recorded = "{\"messageStart\":{\"role\":\"assistant\"}}\n{\"contentBlockDelta\":{\"delta\":{\"text\":\"Hi\"}}}\n"
                + "{\"metadata\":{\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7},\"metrics\":{}}}\n";

        assertThat(json().tryReadStream(bytes(recorded), lines).allOrNothing().orElseThrow().totalTokens()).isEqualTo(7);
    }

    @Test
    void geminisEveryChunkCarriesItsUsageSoFarAndAnUnknownFieldWarnsAtItsEventsPath() {
        UsageSurface<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> gemini = UsageSurface
                .of(ImmutableGeminiUsageMetadata.jsonSchema(), ImmutableGeminiUsageMetadata.adder())
                .at("/usageMetadata");
        String sse = "data: {\"candidates\":[],\"usageMetadata\":{\"promptTokenCount\":8,\"totalTokenCount\":8}}\r\n\r\n"
                + "data: {\"candidates\":[],\"usageMetadata\":{\"promptTokenCount\":8,\"candidatesTokenCount\":5,"
                + "\"totalTokenCount\":13,\"trafficType\":\"ON_DEMAND\"}}\r\n\r\n";

        Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> total = json().tryReadStream(bytes(sse), gemini);

        assertThat(total.allOrNothing().orElseThrow().totalTokenCount()).isEqualTo(13);
        assertThat(total.warnings().stream().map(Violation::wirePath).toList())
                .containsExactly("/1/usageMetadata/trafficType");
    }

    @Test
    void theSameWarningInEveryEventIsLoggedOnceWhileTheTotalListsItAtEachEvent() {
        UsageSurface<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> gemini = UsageSurface
                .of(ImmutableGeminiUsageMetadata.jsonSchema(), ImmutableGeminiUsageMetadata.adder())
                .at("/usageMetadata");
        String lines = "{\"usageMetadata\":{\"promptTokenCount\":1,\"totalTokenCount\":1,\"trafficType\":\"x\"}}\n"
                .repeat(3);
        ResponseBackend reader = json().fresh();
        List<Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata>> totals = new java.util.ArrayList<>();

        List<String> logged = CapturedLog.during(() -> {
            totals.add(reader.tryReadStream(bytes(lines), gemini));
            totals.add(reader.tryReadStream(bytes(lines), gemini));
        });

        assertThat(totals.get(1).warnings().stream().map(Violation::wirePath).toList()).containsExactly(
                "/0/usageMetadata/trafficType", "/1/usageMetadata/trafficType", "/2/usageMetadata/trafficType");
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0)).startsWith("GeminiUsageMetadata: WARNING UNKNOWN_PROPERTY at /0/usageMetadata/trafficType:"
                + " GeminiUsageMetadata has no property 'trafficType'");
    }

    @Test
    void aMalformedEventIsMalformedAtItsIndexAndTheNextEventIsRead() {
        UsageSurface<OpenAiChatUsage, ImmutableOpenAiChatUsage> delta = CHAT.streamStyle(dev.usageschema.StreamStyle.DELTA);
        String usage = "{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
        String sse = "data: " + usage + "\n\ndata: {\"usage\":{\"prompt_tokens\":1,\n\ndata: not json\n\ndata:\n\n"
                + "data: " + usage + "\n\n";

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = json().tryReadStream(bytes(sse), delta);

        assertThat(total.sum().orElseThrow().totalTokens()).isEqualTo(4);
        assertThat(total.rejected().stream().map(rejected -> rejected.index()).toList()).containsExactly(1L, 2L, 3L);
        assertThat(total.allOrNothing().violations().stream().map(Violation::rule).distinct().toList())
                .containsExactly(Rule.MALFORMED);
    }

    @Test
    void invalidUtf8InTheMiddleOfAStreamSpoilsOnlyItsEvent() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("data: " + CHUNK.formatted("a") + "\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        out.writeBytes(("\"}}],\"usage\":null}\n\ndata: " + LAST.formatted(21) + "\n\n").getBytes(StandardCharsets.UTF_8));

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = json().tryReadStream(
                new ByteArrayInputStream(out.toByteArray()), CHAT);

        assertThat(total.sum().orElseThrow().totalTokens()).isEqualTo(21);
        Violation bad = total.allOrNothing().violations().get(0);
        assertThat(bad.rule()).isEqualTo(Rule.MALFORMED);
        assertThat(bad.wirePath()).isEqualTo("/1/choices/0/delta/content");
        assertThat(bad.message()).contains("C0 AF, an overlong encoding of U+002F");
    }

    @Test
    void aLoneSurrogateInCharactersSpoilsOnlyItsEvent() {
        String sse = "data: {\"choices\":[{\"delta\":{\"content\":\"\uD800\"}}]}\n\ndata: " + LAST.formatted(21) + "\n\n";

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = json().tryReadStream(new StringReader(sse), CHAT);

        assertThat(total.sum().orElseThrow().totalTokens()).isEqualTo(21);
        assertThat(total.allOrNothing().violations().get(0).wirePath()).isEqualTo("/0/choices/0/delta/content");
    }

    @Test
    void crLfLineEndsMultiLineDataAndALastEventWithoutItsBlankLineAreRead() {
        String sse = "event: chunk\r\ndata: {\"usage\":\r\ndata: {\"prompt_tokens\":1,\"completion_tokens\":2,\r\n"
                + "data:\"total_tokens\":3}}";

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> crlf = json().tryReadStream(bytes(sse), CHAT);
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> cr = json().tryReadStream(bytes(sse.replace("\r\n", "\r")), CHAT);

        assertThat(crlf.allOrNothing().orElseThrow().totalTokens()).isEqualTo(3);
        assertThat(cr.allOrNothing().orElseThrow().totalTokens()).isEqualTo(3);
    }

    @Test
    void usageAtAPointerAndAtAnAlternativeInOneEventIsTheFirstSitesOnce() {
        UsageSurface<GroqUsage, ImmutableGroqUsage> groq = UsageSurface
                .of(ImmutableGroqUsage.jsonSchema(), ImmutableGroqUsage.adder()).at("/usage", "/x_groq/usage");
        String usage = "{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7}";
        String sse = "data: {\"x_groq\":{\"usage\":" + usage + "},\"usage\":" + usage + "}\n\n";

        Total<GroqUsage, ImmutableGroqUsage> total = json().tryReadStream(bytes(sse), groq);

        assertThat(total.acceptedCount()).isEqualTo(1);
        assertThat(total.warnings()).isEmpty();
    }

    @Test
    void aStreamWithoutUsageIsNoUsage() {
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = json().tryReadStream(
                bytes("data: " + CHUNK.formatted("a") + "\n\ndata: [DONE]\n\n"), CHAT);

        assertThat(total.allOrNothing().violations().get(0).rule()).isEqualTo(Rule.NO_USAGE);
        assertThat(total.allOrNothing().violations().get(0).message()).isEqualTo("the stream of 1 chunks ended without usage");
    }

    @Test
    void framingIsToldFromTheFirstLineThatIsNotBlank() {
        String usage = "{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}}";

        assertThat(json().tryReadStream(bytes("\n  \n" + usage + "\n"), CHAT).acceptedCount()).isEqualTo(1);
        assertThat(json().tryReadStream(bytes("\n\ndata: " + usage + "\n\n"), CHAT).acceptedCount()).isEqualTo(1);
    }

    @Test
    void aTenMegabyteLineIsReadAndAnEventPastTheLimitIsPassedOverAndTheNextRead() {
        String content = "x".repeat(10 << 20);
        String sse = "data: " + CHUNK.formatted(content) + "\n\ndata: " + LAST.formatted(21) + "\n\n";

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> read = json().tryReadStream(bytes(sse), CHAT);
        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> limited = json().tryReadStream(bytes(sse), CHAT, 1 << 20);

        assertThat(read.allOrNothing().orElseThrow().totalTokens()).isEqualTo(21);
        assertThat(limited.sum().orElseThrow().totalTokens()).isEqualTo(21);
        Violation passedOver = limited.allOrNothing().violations().get(0);
        assertThat(passedOver.wirePath()).isEqualTo("/0");
        assertThat(passedOver.message()).isEqualTo("unreadable JSON: an event of more than 1048576 bytes; its bytes are"
                + " passed over");
    }

    @Test
    void aHundredThousandBadEventsKeepOnlyWhatTheAccumulatorBounds() {
        int events = 100_000;
        // Every other event has a wrong total and is rejected.
        InputStream stream = new GeneratedEvents(events, index -> "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1,"
                + "\"completion_tokens\":1,\"total_tokens\":" + (index % 2 == 0 ? 2 : 3) + "}}\n\n");
        UsageSurface<OpenAiChatUsage, ImmutableOpenAiChatUsage> delta = CHAT.streamStyle(dev.usageschema.StreamStyle.DELTA);

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> total = json().tryReadStream(stream, delta);

        assertThat(total.acceptedCount()).isEqualTo(events / 2);
        assertThat(total.rejectedCount()).isEqualTo(events / 2);
        assertThat(total.rejected()).hasSize(Adder.KEPT);
        assertThat(total.sum().orElseThrow().totalTokens()).isEqualTo(events);
    }

    @Test
    void aHundredThousandWarningEventsListABoundedNumberOfWarnings() {
        UsageSurface<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> gemini = UsageSurface
                .of(ImmutableGeminiUsageMetadata.jsonSchema(), ImmutableGeminiUsageMetadata.adder())
                .at("/usageMetadata");
        InputStream stream = new GeneratedEvents(100_000, index -> "{\"usageMetadata\":{\"promptTokenCount\":" + index
                + ",\"totalTokenCount\":" + index + ",\"new\":1}}\n");

        Total<GeminiUsageMetadata, ImmutableGeminiUsageMetadata> total = json().tryReadStream(stream, gemini);

        assertThat(total.sum().orElseThrow().totalTokenCount()).isEqualTo(99_999);
        assertThat(total.warnings()).hasSize(UsageStream.WARNINGS_LISTED + 1);
        assertThat(total.warnings().get(UsageStream.WARNINGS_LISTED).message()).endsWith("(the first of 99000 warnings"
                + " of chunks past the first 1000, which are not listed)");
    }

    /** A stream of events written as they are read, none held beyond the one at hand. */
    private static final class GeneratedEvents extends InputStream {
        private final int count;
        private final java.util.function.IntFunction<String> event;
        private int next;
        private byte[] current = new byte[0];
        private int at;

        GeneratedEvents(int count, java.util.function.IntFunction<String> event) {
            this.count = count;
            this.event = event;
        }

        @Override
        public int read() {
            while (at == current.length) {
                if (next == count) {
                    return -1;
                }
                current = event.apply(next++).getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            return current[at++] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            int read = 0;
            while (read < length) {
                int b = read();
                if (b < 0) {
                    return read == 0 ? -1 : read;
                }
                into[offset + read++] = (byte) b;
            }
            return read;
        }
    }
}
