package dev.usageschema.providers;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.sum.Total;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stream fixture, read through its surface's {@link ProviderSurface#usageSurface()} with both majors
 * ({@code UsageJson.tryReadStream}: the surface's framing, the events its stream sites select, the usage at
 * their pointers, accumulated in its style), gives the response's usage in the canonical numbers NOTES.md gives.
 */
class StreamFixturesTest {

    /** Each stream fixture, and the canonical usage (and warnings) its whole stream gives. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            // message_delta's 14 output tokens replace message_start's 3: not 17; the input counts are the start's
            Map.entry("anthropic-messages/stream.sse",
                    "input=11047 input_uncached=5 cache_read=9212 cache_write=1830 cache_write_5m=1830 cache_write_1h=0 output=14 output_text=14 total=11061 web_search_requests=0"),
            Map.entry("atoma/stream.sse",
                    "input=9 input_uncached=9 cache_read=0 input_audio=0 output=8 output_text=8 total=17"),
            Map.entry("azure-openai-chat/stream.sse",
                    "input=19 input_uncached=19 cache_read=0 input_audio=0 output=7 output_text=7 reasoning=0 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=26"),
            Map.entry("bedrock-converse/stream.jsonl",
                    "input=1517 input_uncached=13 cache_read=1504 cache_write=0 output=11 output_text=11 total=1528"),
            Map.entry("cerebras-chat/stream.sse",
                    "input=91 input_uncached=91 cache_read=0 output=19 output_text=7 reasoning=12 accepted_prediction=0 rejected_prediction=0 total=110"),
            Map.entry("cohere-chat-v1/stream.jsonl",
                    "input=5 input_uncached=5 output=10 output_text=10 total=15"),
            Map.entry("cohere-chat-v2/stream.sse",
                    "input=9 input_uncached=9 output=5 output_text=5 total=14"),
            Map.entry("deepseek-chat/stream.sse",
                    "input=6 input_uncached=6 cache_read=0 output=17 output_text=7 reasoning=10 total=23"),
            // two finish chunks (n = 2), 14 then 23 completion tokens so far: 23, not 37
            Map.entry("fireworks-chat/stream.sse",
                    "input=20 input_uncached=20 output=23 output_text=23 total=43"),
            Map.entry("friendli-streamed-completions/stream.sse",
                    "input=5 input_uncached=5 output=7 output_text=7 total=12"),
            Map.entry("gemini/stream.sse",
                    "input=11 input_uncached=11 output=310 output_text=22 reasoning=288 total=321"),
            // two interim chunks with trafficType alone, then the counts
            Map.entry("gemini/stream.vertex.sse",
                    "input=11 input_uncached=11 output=311 output_text=14 reasoning=297 total=322"),
            // the last chunk's /x_groq/usage, its /usage copy not read again
            Map.entry("groq-chat/stream.sse",
                    "input=86 input_uncached=86 output=27 output_text=18 reasoning=9 total=113"),
            Map.entry("mistral-chat/stream.sse",
                    "input=15 input_uncached=15 cache_read=0 output=14 output_text=14 total=29"),
            // the done: true object only
            Map.entry("ollama-chat/stream.jsonl",
                    "input=18 input_uncached=18 output=16 output_text=16 total=34"),
            Map.entry("openai-chat/stream.sse",
                    "input=24 input_uncached=24 cache_read=0 input_audio=0 output=6 output_text=6 reasoning=0 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=30"),
            Map.entry("openai-completions/stream.sse",
                    "input=6 input_uncached=6 output=8 output_text=8 total=14"),
            Map.entry("openai-realtime/stream.jsonl",
                    "input=18 input_uncached=18 cache_read=0 input_audio=0 input_image=0 output=36 output_text=10 output_audio=26 total=54"),
            Map.entry("openai-responses/stream.sse",
                    "input=21 input_uncached=21 cache_read=0 output=4 output_text=4 reasoning=0 total=25"),
            Map.entry("openrouter-chat/stream.sse",
                    "input=254 input_uncached=254 cache_read=0 cache_write=0 input_audio=0 input_video=0 output=12 output_text=12 reasoning=0 output_audio=0 output_image=0 total=266 cost=0.000942"),
            Map.entry("orq-deployment-stream/stream.sse",
                    "input=42 input_uncached=42 cache_read=0 output=19 output_text=19 reasoning=0 total=61"),
            Map.entry("orq-proxy-completions/stream.sse",
                    "input=8 input_uncached=8 cache_read=0 output=10 output_text=10 reasoning=0 accepted_prediction=0 rejected_prediction=0 total=18"),
            Map.entry("perplexity-chat/stream.sse",
                    "input=9 input_uncached=9 output=13 output_text=13 total=22"),
            Map.entry("together-chat/stream.sse",
                    "input=45 input_uncached=45 cache_read=0 output=8 output_text=8 total=53"),
            // continuous usage on every chunk, the final choices: [] chunk repeating it
            Map.entry("vllm/stream.sse",
                    "input=21 input_uncached=21 output=9 output_text=9 total=30"),
            Map.entry("xai-chat/stream.sse",
                    "input=12 input_uncached=1 cache_read=11 input_audio=0 input_image=0 output=305 output_text=4 reasoning=301 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=317"));

    static Stream<Arguments> streams() {
        return Stream.of(JsonMajor.values()).flatMap(json -> EXPECTED.keySet().stream().sorted()
                .map(file -> Arguments.of(json, file)));
    }

    @ParameterizedTest(name = "{1} through {0}")
    @MethodSource("streams")
    void aStreamGivesTheUsageItsNotesSay(JsonMajor json, String file) {
        String id = file.substring(0, file.indexOf('/'));
        String actual = finish(Providers.named(id).orElseThrow(), file.substring(id.length() + 1), json);
        assertWithMessage(file).that(actual).isEqualTo(EXPECTED.get(file));
    }

    private static <X, M extends X> String finish(ProviderSurface<X, M> surface, String file, JsonMajor json) {
        Total<X, M> total = json.tryReadStream(new StringReader(Fixtures.text(surface.id(), file)), surface.usageSurface());
        List<String> words = new ArrayList<>(Outcome.violations(total.warnings()));
        total.rejected().forEach(rejected -> words.add("rejected " + rejected.index() + " "
                + Outcome.violations(rejected.violations())));
        total.sum().ifPresentOrElse(
                sum -> words.add(Outcome.canonical(surface.toCanonical(sum).orElseThrow(), json)),
                () -> words.add("no usage"));
        return String.join("; ", words);
    }
}
