package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableGroqUsage;
import dev.usageschema.examples.providers.ImmutableOllamaUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.UsageSurface;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The usage inside whole provider responses, read at its JSON Pointer with the rest of the response
 * read through: one set of cases, run against each Jackson major ({@link Jackson2ResponseReadingTest},
 * {@link Jackson3ResponseReadingTest}).
 */
abstract class ResponseReadingContract {

    /** The Jackson major under test. */
    abstract ResponseBackend json();

    private static final JsonSchema<ImmutableOpenAiChatUsage, ?> CHAT = ImmutableOpenAiChatUsage.jsonSchema();
    private static final UsageSite USAGE = UsageSite.at("/usage");

    private static final String CHAT_RESPONSE = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hi","refusal":null,"annotations":[]},
                         "logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21,
                      "prompt_tokens_details":{"cached_tokens":%s,"audio_tokens":0}},
             "service_tier":"default","system_fingerprint":"fp_1"}""";

    private Validated<ImmutableOpenAiChatUsage> readChat(String response) {
        return json().tryReadAt(response.getBytes(StandardCharsets.UTF_8), USAGE, CHAT);
    }

    private static List<String> paths(Validated<?> read) {
        return read.violations().stream().map(Violation::wirePath).toList();
    }

    @Test
    void aWholeChatResponsesUsageIsReadAndTheRestOfTheResponseIsNeitherKeptNorReported() {
        Validated<ImmutableOpenAiChatUsage> read = readChat(CHAT_RESPONSE.formatted(0));

        assertThat(read.violations()).isEmpty();
        ImmutableOpenAiChatUsage usage = read.orElseThrow();
        assertThat(usage.totalTokens()).isEqualTo(21);
        assertThat(usage.extra()).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeAResponseIsPassedOverAsBeforeAStream() {
        byte[] response = CHAT_RESPONSE.formatted(0).getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[response.length + 5];
        marked[0] = ' ';
        marked[1] = (byte) 0xEF;
        marked[2] = (byte) 0xBB;
        marked[3] = (byte) 0xBF;
        System.arraycopy(response, 0, marked, 4, response.length);

        Validated<ImmutableOpenAiChatUsage> plain = json().tryReadAt(response, USAGE, CHAT);
        assertThat(json().tryReadAt(marked, 1, response.length + 3, USAGE, CHAT).violations()).isEmpty();
        assertThat(json().tryReadAt(marked, 1, response.length + 3, USAGE, CHAT).orElseThrow())
                .isEqualTo(plain.orElseThrow());
        byte[] atStart = java.util.Arrays.copyOfRange(marked, 1, response.length + 4);
        assertThat(json().tryReadAt(atStart, USAGE, CHAT).orElseThrow()).isEqualTo(plain.orElseThrow());
        assertThat(json().tryReadAt(new ByteArrayInputStream(atStart), USAGE, CHAT).orElseThrow())
                .isEqualTo(plain.orElseThrow());
        assertThat(json().tryReadAt("\uFEFF" + CHAT_RESPONSE.formatted(0), USAGE, CHAT).orElseThrow())
                .isEqualTo(plain.orElseThrow());
        assertThat(json().tryReadResponse(atStart, UsageSurface.of(CHAT, ImmutableOpenAiChatUsage.adder()).at("/usage"))
                .orElseThrow()).isEqualTo(plain.orElseThrow());
        // Only at the start: a mark after the first byte is no JSON.
        assertThat(json().tryReadAt(marked, 0, response.length + 4, USAGE, CHAT).violations().get(0).rule())
                .isEqualTo(Rule.MALFORMED);
    }

    @Test
    void aSiteGivenTwiceInItsObjectIsMalformedThereAndNeitherUsageIsTaken() {
        String good = "{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}";
        String other = "{\"prompt_tokens\":99,\"completion_tokens\":5,\"total_tokens\":104}";

        Violation twice = only(readChat("{\"usage\":" + good + ",\"id\":\"c\",\"usage\":" + other + "}"));
        Violation thenNull = only(readChat("{\"usage\":" + good + ",\"usage\":null}"));
        Violation onTheWay = only(json().tryReadAt(("{\"choices\":[{\"usage\":" + good + "}],\"choices\":[]}")
                .getBytes(StandardCharsets.UTF_8), UsageSite.at("/choices/0/usage"), CHAT));

        assertThat(twice.rule()).isEqualTo(Rule.MALFORMED);
        assertThat(twice.wirePath()).isEqualTo("/usage");
        assertThat(twice.message()).contains("the field 'usage' appears twice in its object");
        assertThat(thenNull.rule()).isEqualTo(Rule.MALFORMED);
        assertThat(thenNull.wirePath()).isEqualTo("/usage");
        assertThat(onTheWay.wirePath()).isEqualTo("/choices");
        // A name given twice where no site leads stays the response's business.
        assertThat(readChat("{\"id\":1,\"id\":2,\"usage\":" + good + "}").violations()).isEmpty();
    }

    @Test
    void aViolationIsAtItsFullPathInTheResponse() {
        Violation atMost = only(readChat(CHAT_RESPONSE.formatted(10)));

        assertThat(atMost.rule()).isEqualTo(Rule.AT_MOST);
        assertThat(atMost.wirePath()).isEqualTo("/usage/prompt_tokens_details/cached_tokens");
        assertThat(atMost.propertyPath()).isEqualTo("promptTokensDetails.cachedTokens");
    }

    @Test
    void aPointerThroughAnArrayIndexReadsThatElementOnlyAndNamesItInEveryPath() {
        String response = "{\"choices\":[{\"usage\":{\"prompt_tokens\":-1}},"
                + "{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":4}}]}";

        Validated<ImmutableOpenAiChatUsage> read = json().tryReadAt(response.getBytes(StandardCharsets.UTF_8),
                UsageSite.at("/choices/1/usage"), CHAT);

        assertThat(paths(read)).containsExactly("/choices/1/usage/total_tokens");
    }

    @Test
    void aSiteWithoutUsageIsNoUsageAtItsPointerNamingEveryAlternativeTried() {
        UsageSite groq = UsageSite.at("/usage", "/x_groq/usage");
        for (String response : List.of("{\"id\":\"x\"}", "{\"usage\":null,\"x_groq\":{\"usage\":null}}",
                "{\"x_groq\":{\"id\":\"x\"}}")) {
            Violation none = only(json().tryReadAt(response.getBytes(StandardCharsets.UTF_8), groq,
                    ImmutableGroqUsage.jsonSchema()));

            assertThat(none.rule()).isEqualTo(Rule.NO_USAGE);
            assertThat(none.wirePath()).isEqualTo("/usage");
            assertThat(none.message()).isEqualTo("the response holds no GroqUsage at /usage or /x_groq/usage: absent or null");
        }
    }

    @Test
    void theFirstAlternativeThatHoldsUsageIsReadWhereverItStandsInTheDocument() {
        String groqChunk = "{\"x_groq\":{\"id\":\"req_1\",\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,"
                + "\"total_tokens\":7}},\"choices\":[]}";
        String both = "{\"x_groq\":{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":9}},"
                + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7}}";
        UsageSite groq = UsageSite.at("/usage", "/x_groq/usage");

        Validated<ImmutableGroqUsage> streamed = json().tryReadAt(groqChunk.getBytes(StandardCharsets.UTF_8), groq,
                ImmutableGroqUsage.jsonSchema());
        Validated<ImmutableGroqUsage> twice = json().tryReadAt(both.getBytes(StandardCharsets.UTF_8), groq,
                ImmutableGroqUsage.jsonSchema());

        assertThat(streamed.orElseThrow().totalTokens()).isEqualTo(7);
        // The later alternative's wrong total is read, then left out: the first site wins.
        assertThat(twice.violations()).isEmpty();
        assertThat(twice.orElseThrow().promptTokens()).isEqualTo(5);
    }

    @Test
    void aMalformedTailAfterTheUsageIsMalformedAtWhereTheParserStopped() {
        String cut = "{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3},\"choices\":[{\"a\":";
        String trailing = "{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}} {}";

        Violation cutShort = only(readChat(cut));
        Violation more = only(readChat(trailing));

        assertThat(cutShort.rule()).isEqualTo(Rule.MALFORMED);
        assertThat(cutShort.wirePath()).isEqualTo("/choices/0/a");
        assertThat(more.rule()).isEqualTo(Rule.MALFORMED);
        assertThat(more.message()).isEqualTo("unreadable JSON: more JSON after the document's one value");
    }

    @Test
    void anUnreadableUsageIsMalformedAtItsPathInTheResponse() {
        Violation bad = only(readChat("{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":[1,}}"));

        assertThat(bad.rule()).isEqualTo(Rule.MALFORMED);
        assertThat(bad.wirePath()).isEqualTo("/usage/completion_tokens/1");
    }

    @Test
    void aPointerIntoAHugeArrayReadsThroughTheElementsBeforeIt() {
        StringBuilder response = new StringBuilder("{\"choices\":[");
        for (int index = 0; index < 100_000; index++) {
            response.append("{\"index\":").append(index).append(",\"message\":{\"content\":\"hello\"}},");
        }
        response.append("{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}}]}");
        byte[] bytes = response.toString().getBytes(StandardCharsets.UTF_8);

        Validated<ImmutableOpenAiChatUsage> found = json().tryReadAt(bytes, UsageSite.at("/choices/100000/usage"), CHAT);
        Validated<ImmutableOpenAiChatUsage> past = json().tryReadAt(bytes, UsageSite.at("/choices/100001/usage"), CHAT);
        Validated<ImmutableOpenAiChatUsage> notAnIndex = json().tryReadAt(bytes, UsageSite.at("/choices/0100000/usage"),
                CHAT);

        assertThat(found.orElseThrow().totalTokens()).isEqualTo(3);
        assertThat(only(past).rule()).isEqualTo(Rule.NO_USAGE);
        assertThat(only(notAnIndex).rule()).isEqualTo(Rule.NO_USAGE);
    }

    @Test
    void aSiteWhosePathPassesThroughAStringOrANumberHoldsNoUsageAndASiteHoldingOneIsAWrongType() {
        Violation through = only(json().tryReadAt("{\"usage\":\"none\",\"meta\":7}".getBytes(StandardCharsets.UTF_8),
                UsageSite.at("/usage/inner", "/meta/usage"), CHAT));
        Violation holding = only(readChat("{\"usage\":\"none\"}"));
        Violation array = only(readChat("{\"usage\":[{\"prompt_tokens\":1}]}"));

        assertThat(through.rule()).isEqualTo(Rule.NO_USAGE);
        assertThat(holding.rule()).isEqualTo(Rule.JSON_TYPE);
        assertThat(holding.wirePath()).isEqualTo("/usage");
        assertThat(holding.message()).isEqualTo("the usage at /usage is a string, not a OpenAiChatUsage object");
        assertThat(array.message()).isEqualTo("the usage at /usage is an array, not a OpenAiChatUsage object");
    }

    @Test
    void aPointerSpellsSlashAndTildeInANameAsTildeOneAndTildeZeroAndPathsKeepThem() {
        String response = "{\"a/b\":{\"~u\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":4}}}";

        Validated<ImmutableOpenAiChatUsage> read = json().tryReadAt(response.getBytes(StandardCharsets.UTF_8),
                UsageSite.at("/a~1b/~0u"), CHAT);

        assertThat(paths(read)).containsExactly("/a~1b/~0u/total_tokens");
    }

    @Test
    void aPointerThatIsNoneIsRefusedNamingWhy() {
        IllegalArgumentException relative = assertThrows(IllegalArgumentException.class, () -> UsageSite.at("usage"));
        IllegalArgumentException tilde = assertThrows(IllegalArgumentException.class, () -> UsageSite.at("/a~2"));
        IllegalArgumentException inside = assertThrows(IllegalArgumentException.class,
                () -> UsageSite.at("/usage", "/usage/details"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> UsageSite.at("/usage", "/usage"));

        assertThat(relative).hasMessageThat().isEqualTo("'usage' is not a JSON Pointer: it starts with '/', or is \"\""
                + " for the document");
        assertThat(tilde).hasMessageThat().isEqualTo("'/a~2' is not a JSON Pointer: '~' at 2 is followed by neither 0"
                + " (for '~') nor 1 (for '/')");
        assertThat(inside).hasMessageThat().isEqualTo("the site [/usage, /usage/details] has '/usage/details' inside the"
                + " usage at '/usage', where it is never read");
        assertThat(twice).hasMessageThat().isEqualTo("the site [/usage, /usage] has '/usage' twice");
    }

    @Test
    void usageAmongTheResponsesOwnFieldsAtTheRootReadsOnlyTheSchemasFields() {
        String ollama = "{\"model\":\"llama3.2\",\"created_at\":\"2025-01-01T00:00:00Z\",\"message\":{\"role\":"
                + "\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true,\"total_duration\":4883583458,"
                + "\"load_duration\":1334875,\"prompt_eval_count\":26,\"prompt_eval_duration\":342546000,"
                + "\"eval_count\":282,\"eval_duration\":4535599000}";
        UsageSite root = UsageSite.amongFieldsOf("");

        Validated<ImmutableOllamaUsage> read = json().tryReadAt(ollama.getBytes(StandardCharsets.UTF_8), root,
                ImmutableOllamaUsage.jsonSchema());
        Validated<ImmutableOllamaUsage> plain = json().tryReadAt(ollama.getBytes(StandardCharsets.UTF_8),
                UsageSite.at(""), ImmutableOllamaUsage.jsonSchema());
        Violation none = only(json().tryReadAt("{\"model\":\"llama3.2\",\"done\":false}".getBytes(StandardCharsets.UTF_8),
                root, ImmutableOllamaUsage.jsonSchema()));

        assertThat(read.violations()).isEmpty();
        assertThat(read.orElseThrow().evalCount().getAsLong()).isEqualTo(282);
        // Read as a usage object of its own, the response's fields are unknown usage fields.
        assertThat(plain.violations().stream().map(Violation::rule).distinct().toList())
                .containsExactly(Rule.UNKNOWN_PROPERTY);
        assertThat(none.rule()).isEqualTo(Rule.NO_USAGE);
        assertThat(none.message()).isEqualTo("the response holds no OllamaUsage at the document (among its fields):"
                + " absent or null");
    }

    @Test
    void anotherAlternativeMayPassThroughTheFieldsBesideAUsage() {
        UsageSite site = UsageSite.amongFieldsOf("").or(UsageSite.at("/x/usage"));
        byte[] nested = "{\"model\":\"m\",\"x\":{\"usage\":{\"eval_count\":3}}}".getBytes(StandardCharsets.UTF_8);

        Validated<ImmutableOllamaUsage> read = json().tryReadAt(nested, site, ImmutableOllamaUsage.jsonSchema());

        assertThat(read.orElseThrow().evalCount().getAsLong()).isEqualTo(3);
    }

    @Test
    void anEmptyOrScalarDocumentIsMalformedOrHoldsNoUsage() {
        assertThat(only(readChat("")).rule()).isEqualTo(Rule.MALFORMED);
        assertThat(only(readChat("   ")).message()).isEqualTo("unreadable JSON: the input is empty: no JSON value");
        assertThat(only(readChat("42")).rule()).isEqualTo(Rule.NO_USAGE);
        assertThat(only(json().tryReadAt("42".getBytes(StandardCharsets.UTF_8), UsageSite.at(""), CHAT)).rule())
                .isEqualTo(Rule.JSON_TYPE);
    }

    @Test
    void aResponseReadsTheSameFromCharactersAndFromAStream() {
        String response = CHAT_RESPONSE.formatted(10);
        List<String> fromBytes = paths(readChat(response));

        assertThat(paths(json().tryReadAt(response, USAGE, CHAT))).isEqualTo(fromBytes);
        assertThat(paths(json().tryReadAt(new ByteArrayInputStream(response.getBytes(StandardCharsets.UTF_8)), USAGE,
                CHAT))).isEqualTo(fromBytes);
    }

    @Test
    void aSurfaceReadsItsResponsesAtItsSite() {
        UsageSurface<OpenAiChatUsage, ImmutableOpenAiChatUsage> chat = UsageSurface.of(CHAT, ImmutableOpenAiChatUsage.adder())
                .at("/usage");

        Validated<ImmutableOpenAiChatUsage> read = json().tryReadResponse(
                CHAT_RESPONSE.formatted(10).getBytes(StandardCharsets.UTF_8), chat);
        Validated<ImmutableOpenAiChatUsage> whole = json().tryReadResponse(
                "{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}".getBytes(StandardCharsets.UTF_8),
                UsageSurface.of(CHAT, ImmutableOpenAiChatUsage.adder()));

        assertThat(paths(read)).containsExactly("/usage/prompt_tokens_details/cached_tokens");
        assertThat(whole.orElseThrow().totalTokens()).isEqualTo(3);
    }

    @Test
    void aRangeOfALargerBufferIsReadAsTheDocumentItHoldsAndNothingOutsideItIsRead() {
        byte[] response = CHAT_RESPONSE.formatted(10).getBytes(StandardCharsets.UTF_8);
        byte[] usage = "{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":4}".getBytes(StandardCharsets.UTF_8);
        // Not JSON, and not UTF-8, on both sides of each document: a line among others in a read buffer.
        byte[] buffer = new byte[response.length + usage.length + 6];
        buffer[0] = (byte) 0xC0;
        buffer[1] = '{';
        System.arraycopy(response, 0, buffer, 2, response.length);
        buffer[2 + response.length] = (byte) 0xFF;
        int usageAt = 3 + response.length;
        System.arraycopy(usage, 0, buffer, usageAt, usage.length);
        buffer[buffer.length - 3] = ']';
        UsageSurface<OpenAiChatUsage, ImmutableOpenAiChatUsage> chat = UsageSurface.of(CHAT, ImmutableOpenAiChatUsage.adder())
                .at("/usage");

        Validated<ImmutableOpenAiChatUsage> at = json().tryReadAt(buffer, 2, response.length, USAGE, CHAT);
        Validated<ImmutableOpenAiChatUsage> surface = json().tryReadResponse(buffer, 2, response.length, chat);
        Validated<ImmutableOpenAiChatUsage> bare = json().tryRead(buffer, usageAt, usage.length, CHAT);
        Validated<ImmutableOpenAiChatUsage> cut = json().tryReadAt(buffer, 2, response.length - 1, USAGE, CHAT);

        assertThat(paths(at)).isEqualTo(paths(readChat(CHAT_RESPONSE.formatted(10))));
        assertThat(paths(at)).containsExactly("/usage/prompt_tokens_details/cached_tokens");
        assertThat(paths(surface)).containsExactly("/usage/prompt_tokens_details/cached_tokens");
        assertThat(bare.violations().stream().map(v -> v.rule() + " " + v.wirePath()).toList())
                .containsExactly("SUM /total_tokens");
        assertThat(only(cut).rule()).isEqualTo(Rule.MALFORMED);
        assertThrows(IndexOutOfBoundsException.class, () -> json().tryReadAt(buffer, 2, buffer.length, USAGE, CHAT));
        assertThrows(IndexOutOfBoundsException.class, () -> json().tryRead(buffer, -1, 3, CHAT));
    }

    @Test
    void theSameSiteReadsOneSchemaAfterAnotherEachByItsOwnRules() {
        UsageSite site = UsageSite.at("/usage");
        byte[] response = ("{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3,"
                + "\"queue_time\":-1.5}}").getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 2; round++) {
            // One site reused with two schemas in turn: a lookup built for one is never used for the other.
            Validated<ImmutableOpenAiChatUsage> chat = json().tryReadAt(response, site, CHAT);
            Validated<ImmutableGroqUsage> groq = json().tryReadAt(response, site, ImmutableGroqUsage.jsonSchema());
            assertThat(chat.isValid()).isTrue();
            assertThat(groq.isValid()).isFalse();
            assertThat(paths(groq)).containsExactly("/usage/queue_time");
        }
    }

    // ---- a usage object read in place, by a caller's own parser

    private static final String AROUND = "{\"id\":\"x\",\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,"
            + "\"total_tokens\":%s,\"tags\":[1]},\"after\":true}";

    @Test
    void aParserBeforeOrAtAUsageObjectReadsItAndIsLeftAtItsEnd() {
        for (boolean onObject : new boolean[] {false, true}) {
            ResponseBackend.InPlace<ImmutableOpenAiChatUsage> read = json().readInPlace(AROUND.formatted(3), "usage",
                    onObject, CHAT);

            assertThat(read.read().orElseThrow().totalTokens()).isEqualTo(3);
            assertThat(read.read().orElseThrow().extra()).containsKey("tags");
            assertThat(read.next()).isEqualTo("after");
        }
    }

    @Test
    void aUsageReadInPlaceHasItsViolationsAtPathsWithinIt() {
        for (boolean onObject : new boolean[] {false, true}) {
            ResponseBackend.InPlace<ImmutableOpenAiChatUsage> wrong = json().readInPlace(AROUND.formatted(4), "usage",
                    onObject, CHAT);
            ResponseBackend.InPlace<ImmutableOpenAiChatUsage> malformed = json().readInPlace(
                    "{\"usage\":{\"prompt_tokens\":1,\"tags\":[1,}}", "usage", onObject, CHAT);

            assertThat(paths(wrong.read())).containsExactly("/total_tokens");
            assertThat(wrong.next()).isEqualTo("after");
            assertThat(only(malformed.read()).rule()).isEqualTo(Rule.MALFORMED);
            assertThat(only(malformed.read()).wirePath()).isEqualTo("/tags/1");
        }
    }

    @Test
    void aValueInPlaceThatIsNoObjectIsSkippedAndIsAWrongType() {
        ResponseBackend.InPlace<ImmutableOpenAiChatUsage> read = json().readInPlace(
                "{\"usage\":[1,{\"a\":2}],\"after\":1}", "usage", false, CHAT);
        ResponseBackend.InPlace<ImmutableOpenAiChatUsage> none = json().readInPlace(
                "{\"usage\":null,\"after\":1}", "usage", false, CHAT);

        assertThat(only(read.read()).message()).isEqualTo("the value is an array, not a OpenAiChatUsage object");
        assertThat(read.next()).isEqualTo("after");
        assertThat(only(none.read()).rule()).isEqualTo(Rule.JSON_TYPE);
        assertThat(none.next()).isEqualTo("after");
    }

    // ---- undeclared fields kept and reported

    private static final String EXTRAS = "{\"id\":\"x\",\"usage\":{\"prompt_tokens\":9,\"tier\":\"flex\","
            + "\"prompt_tokens_details\":{\"cached_tokens\":1,\"foo\":2}}}";

    @Test
    void aMapThatReportsKeepsEachUndeclaredFieldAndWarnsAtItsPathNamingTheSchemaThatLacksIt() {
        Validated<ImmutableReportedExtrasUsage> read = json().tryReadAt(EXTRAS.getBytes(StandardCharsets.UTF_8), USAGE,
                ImmutableReportedExtrasUsage.jsonSchema());

        assertThat(read.isValid()).isTrue();
        assertThat(read.orElseThrow().extra()).containsExactly("tier", "flex");
        assertThat(read.orElseThrow().promptTokensDetails().orElseThrow().extra()).containsExactly("foo", 2L);
        assertThat(read.violations().stream().map(Violation::toString).toList()).containsExactly(
                "WARNING UNKNOWN_PROPERTY at /usage/tier: ReportedExtrasUsage has no property 'tier'; kept in its"
                        + " additional properties (@AdditionalProperties(report = OFF) stops this report)",
                "WARNING UNKNOWN_PROPERTY at /usage/prompt_tokens_details/foo: PromptDetails has no property 'foo'; kept"
                        + " in its additional properties (@AdditionalProperties(report = OFF) stops this report)");
    }

    @Test
    void aMapThatDoesNotSayKeepsUndeclaredFieldsSilently() {
        Validated<ImmutableOpenAiChatUsage> read = readChat(
                "{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3,\"new\":1}}");

        assertThat(read.violations()).isEmpty();
        assertThat(read.orElseThrow().extra()).containsKey("new");
    }

    @Test
    void aRepeatedWarningIsLoggedOncePerSchemaAndPathForTheLifeOfTheReaderWhileEveryReadReturnsIt() {
        ResponseBackend reader = json().fresh();
        List<String> logged = CapturedLog.during(() -> {
            for (int read = 0; read < 3; read++) {
                assertThat(reader.tryReadAt(EXTRAS, USAGE, ImmutableReportedExtrasUsage.jsonSchema()).violations())
                        .hasSize(2);
            }
        });

        assertThat(logged).containsExactly(
                "ReportedExtrasUsage: WARNING UNKNOWN_PROPERTY at /usage/tier: ReportedExtrasUsage has no property"
                        + " 'tier'; kept in its additional properties (@AdditionalProperties(report = OFF) stops this"
                        + " report)",
                "ReportedExtrasUsage: WARNING UNKNOWN_PROPERTY at /usage/prompt_tokens_details/foo: PromptDetails"
                        + " has no property 'foo'; kept in its additional properties (@AdditionalProperties(report ="
                        + " OFF) stops this report)");
    }

    /** Before, a field named with a line feed logged a line of the sender's own words. */
    @Test
    void aFieldNameThatHoldsALineEndIsLoggedOnOneLineItsControlCharactersEscaped() {
        ResponseBackend reader = json().fresh();
        String forged = "{\"usage\":{\"prompt_tokens\":9,"
                + "\"tier\\nWARNING: forged\\u0000\":1}}";
        List<String> logged = CapturedLog.during(() -> assertThat(reader.tryReadAt(forged, USAGE,
                ImmutableReportedExtrasUsage.jsonSchema()).violations()).hasSize(1));

        assertThat(logged).containsExactly("ReportedExtrasUsage: WARNING UNKNOWN_PROPERTY at"
                + " /usage/tier\\nWARNING: forged\\u0000: ReportedExtrasUsage has no property 'tier\\nWARNING:"
                + " forged\\u0000'; kept in its additional properties (@AdditionalProperties(report = OFF) stops this"
                + " report)");
    }

    // ---- writing any implementation of the schema

    /** A caller's own usage class, right or wrong. */
    private record OwnUsage(long promptTokens, long completionTokens, long totalTokens) implements OpenAiChatUsage {
        @Override
        public java.util.Optional<dev.usageschema.examples.providers.OpenAiPromptDetails> promptTokensDetails() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<dev.usageschema.examples.providers.OpenAiCompletionDetails> completionTokensDetails() {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Map<String, Object> extra() {
            return java.util.Map.of();
        }
    }

    @Test
    void aValueTypedAsTheInterfaceIsWrittenThroughACheckedCopyAndABrokenOneIsRefusedWithItsViolations() {
        OpenAiChatUsage right = new OwnUsage(1, 2, 3);
        OpenAiChatUsage wrong = new OwnUsage(1, 2, 4);

        dev.usageschema.UsageViolationException refused = assertThrows(dev.usageschema.UsageViolationException.class,
                () -> json().write(wrong));

        assertThat(json().write(right)).isEqualTo("{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}");
        assertThat(refused.violations().stream().map(Violation::wirePath).toList()).containsExactly("/total_tokens");
        assertThat(refused.violations().get(0).rule()).isEqualTo(Rule.SUM);
    }

    private static Violation only(Validated<?> read) {
        assertThat(read.violations()).hasSize(1);
        return read.violations().get(0);
    }
}
