package dev.usageschema.providers;

import java.util.List;
import java.util.Map;

/**
 * What each line of a surface's {@code responses.jsonl} gives, as {@link Outcome} words it: the canonical
 * counts of a valid line (abbreviated: {@code input} is {@code input_tokens}), the violations of an invalid
 * one. Each number was worked out from the line and its NOTES.md.
 */
final class ExpectedResponses {

    private static final Map<String, List<String>> BY_ID = Map.ofEntries(
            Map.entry("openai-chat", List.of(
                    "input=1187 input_uncached=163 cache_read=1024 input_audio=0 output=19 output_text=19 reasoning=0 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=1206",
                    "input=4533 input_uncached=53 cache_read=0 cache_write=4480 input_audio=0 output=342 output_text=22 reasoning=320 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=4875",
                    "input=97 input_uncached=97 cache_read=0 input_audio=66 input_image=0 output=11 output_text=11 reasoning=0 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=108",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR SUM /usage/prompt_tokens; ERROR AT_MOST /usage/prompt_tokens_details/cached_tokens")),
            Map.entry("openai-responses", List.of(
                    "input=38 input_uncached=38 cache_read=0 output=212 output_text=20 reasoning=192 total=250",
                    "input=6120 input_uncached=104 cache_read=0 cache_write=6016 output=44 output_text=44 reasoning=0 total=6164",
                    "input=6151 input_uncached=135 cache_read=6016 cache_write=0 output=61 output_text=37 reasoning=24 total=6212",
                    "ERROR NO_USAGE /usage",
                    "ERROR AT_MOST /usage/output_tokens_details/reasoning_tokens",
                    "ERROR SUM /usage/input_tokens")),
            Map.entry("openai-completions", List.of(
                    "input=9 input_uncached=9 output=16 output_text=16 total=25",
                    "input=7 input_uncached=7 output=21 output_text=21 total=28",
                    "ERROR SUM /usage/total_tokens")),
            Map.entry("openai-embeddings", List.of(
                    "input=8 input_uncached=8 output=0 output_text=0 total=8",
                    "input=21 input_uncached=21 output=0 output_text=0 total=21",
                    "ERROR SUM /usage/total_tokens")),
            Map.entry("openai-realtime", List.of(
                    "input=1250 input_uncached=98 cache_read=1152 input_audio=1038 input_image=0 output=311 output_text=64 output_audio=247 total=1561",
                    "input=403 input_uncached=19 cache_read=384 input_audio=0 input_image=0 output=27 output_text=27 output_audio=0 total=430",
                    "input=51 input_uncached=51 cache_read=0 input_audio=0 input_image=0 output=40 output_text=19 reasoning=21 output_audio=0 total=91",
                    "ERROR SUM /response/usage/input_tokens",
                    "ERROR SUM /response/usage/input_token_details/cached_tokens",
                    "ERROR AT_MOST /response/usage/input_token_details/cached_tokens_details/audio_tokens")),
            Map.entry("azure-openai-chat", List.of(
                    "input=15 input_uncached=15 cache_read=0 input_audio=0 output=10 output_text=10 reasoning=0 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=25",
                    "input=1310 input_uncached=158 cache_read=1152 input_audio=0 output=412 output_text=28 reasoning=384 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=1722",
                    "input=27 input_uncached=27 output=318 output_text=318 total=345",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR AT_MOST /usage/completion_tokens_details/reasoning_tokens",
                    "WARNING SUM /usage/prompt_tokens; WARNING AT_MOST /usage/prompt_tokens_details/cached_tokens; canonical ERROR NON_NEGATIVE /input_uncached_tokens; canonical ERROR AT_MOST /cache_read_tokens")),
            Map.entry("anthropic-messages", List.of(
                    "input=11047 input_uncached=5 cache_read=9212 cache_write=1830 cache_write_5m=1830 cache_write_1h=0 output=214 output_text=214 total=11261 web_search_requests=0",
                    "input=3012 input_uncached=12 cache_read=0 cache_write=3000 cache_write_5m=600 cache_write_1h=2400 output=860 output_text=550 reasoning=310 total=3872",
                    "input=14210 input_uncached=14210 cache_read=0 cache_write=0 cache_write_5m=0 cache_write_1h=0 output=633 output_text=513 reasoning=120 total=14843 web_search_requests=2",
                    "input=12 input_uncached=12 output=40 output_text=40 total=52",
                    // NOTES calls it invalid; the split rule ships as a warning (6 recorded web-search runs break it)
                    "WARNING SUM /usage/cache_creation_input_tokens; canonical WARNING SUM /cache_write_tokens; input=1504 input_uncached=4 cache_read=0 cache_write=1500 cache_write_5m=1000 cache_write_1h=200 output=30 output_text=30 total=1534",
                    "ERROR AT_MOST /usage/output_tokens_details/thinking_tokens")),
            Map.entry("gemini", List.of(
                    "input=14 input_uncached=14 output=842 output_text=230 reasoning=612 total=856",
                    "input=20930 input_uncached=1130 cache_read=19800 output=815 output_text=71 reasoning=744 total=21745",
                    "input=1402 input_uncached=1402 tool_use_input=1350 output=590 output_text=188 reasoning=402 total=1992",
                    "input=9 input_uncached=9 output=72 output_text=6 reasoning=66 total=81",
                    // Vertex through generated clients: modality and trafficType as their proto numbers
                    "input=1301 input_uncached=1301 output=7 output_text=7 total=1308",
                    "ERROR SUM /usageMetadata/totalTokenCount",
                    "ERROR AT_MOST /usageMetadata/cachedContentTokenCount",
                    "ERROR AT_MOST /usageMetadata/promptTokensDetails/1/tokenCount; ERROR UNIQUE /usageMetadata/promptTokensDetails/2/modality")),
            Map.entry("bedrock-converse", List.of(
                    "input=2214 input_uncached=4 cache_read=0 cache_write=2210 output=198 output_text=198 total=2412",
                    "input=36 input_uncached=36 output=118 output_text=118 total=154",
                    "input=3172 input_uncached=420 cache_read=2752 cache_write=0 output=18 output_text=18 total=3190",
                    "input=3503 input_uncached=3 cache_read=0 cache_write=3500 output=41 output_text=41 total=3544",
                    "ERROR SUM /usage/totalTokens",
                    "ERROR SUM /usage/cacheWriteInputTokens",
                    "ERROR SUM /usage/cacheReadInputTokenCount")),
            Map.entry("mistral-chat", List.of(
                    "input=11 input_uncached=11 cache_read=0 output=12 output_text=12 total=23",
                    "input=1380 input_uncached=164 cache_read=1216 output=21 output_text=21 total=1401",
                    "input=64 input_uncached=64 output=6 output_text=6 total=70",
                    "input=9 input_uncached=9 output=2 output_text=2 total=11",
                    // a warning (Voxtral), which the canonical total does not take
                    "WARNING SUM /usage/total_tokens; canonical ERROR SUM /total_tokens",
                    "ERROR AT_MOST /usage/num_cached_tokens")),
            Map.entry("cohere-chat-v2", List.of(
                    "input=12 input_uncached=12 output=8 output_text=8 total=20",
                    "input=119 input_uncached=119 output=44 output_text=44 total=163",
                    "input=262 input_uncached=262 output=11 output_text=11 total=273",
                    "ERROR AT_MOST /usage/cached_tokens",
                    "ERROR AT_MOST /usage/billed_units/output_tokens")),
            Map.entry("cohere-chat-v1", List.of(
                    "input=5 input_uncached=5 output=11 output_text=11 total=16",
                    "input=1204 input_uncached=1204 output=15 output_text=15 total=1219",
                    "ERROR AT_MOST /meta/billed_units/input_tokens")),
            Map.entry("deepseek-chat", List.of(
                    "input=846 input_uncached=78 cache_read=768 output=9 output_text=9 total=855",
                    "input=21 input_uncached=21 cache_read=0 output=143 output_text=12 reasoning=131 total=164",
                    "input=407 input_uncached=23 cache_read=384 output=22 output_text=22 total=429",
                    "ERROR SUM /usage/prompt_tokens",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR SUM /usage/prompt_tokens_details/cached_tokens")),
            Map.entry("groq-chat", List.of(
                    "input=52 input_uncached=52 output=12 output_text=12 total=64",
                    "input=318 input_uncached=62 cache_read=256 output=88 output_text=27 reasoning=61 total=406",
                    "input=3296 input_uncached=3296 output=387 output_text=387 total=3683",
                    "input=763 input_uncached=763 output=9 output_text=9 total=772",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR AT_MOST /usage/prompt_tokens_details/cached_tokens")),
            Map.entry("xai-chat", List.of(
                    "input=14 input_uncached=3 cache_read=11 input_audio=0 input_image=0 output=243 output_text=2 reasoning=241 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=257",
                    "input=712 input_uncached=72 cache_read=640 input_audio=0 input_image=0 output=345 output_text=27 reasoning=318 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=1057",
                    "input=1289 input_uncached=1289 cache_read=0 input_audio=0 input_image=1024 output=11 output_text=11 reasoning=0 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=1300",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR WHOLE_NUMBER /usage/cost_in_usd_ticks; ERROR RANGE /usage/num_sources_used",
                    "WARNING AT_MOST /usage/prompt_tokens_details/cached_tokens; canonical ERROR NON_NEGATIVE /input_uncached_tokens; canonical ERROR AT_MOST /cache_read_tokens")),
            Map.entry("ollama-chat", List.of(
                    "input=31 input_uncached=31 output=21 output_text=21 total=52",
                    "input=19 input_uncached=19 output=12 output_text=12 total=31",
                    "input=27 input_uncached=27 output=274 output_text=274 total=301",
                    "input=19 input_uncached=19 output=2 output_text=2 total=21",
                    // prompt_eval_count absent (a 2024 KV-cache hit): unknown, and the canonical input counts it as 0
                    "input=0 input_uncached=0 output=8 output_text=8 total=8",
                    // eval_count 3.0 is the count 3; the durations break the rule
                    "ERROR SUM /total_duration",
                    "ERROR NON_NEGATIVE /prompt_eval_count")),
            Map.entry("vllm", List.of(
                    "input=30 input_uncached=30 output=9 output_text=9 total=39",
                    "input=1270 input_uncached=22 cache_read=1248 output=34 output_text=34 total=1304",
                    "input=11 input_uncached=11 output=100 output_text=100 total=111",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR AT_MOST /usage/prompt_tokens_details/cached_tokens")),
            Map.entry("openrouter-chat", List.of(
                    "input=137 input_uncached=137 cache_read=0 input_audio=0 input_video=0 output=64 output_text=64 reasoning=0 output_image=0 total=201 cost=0.0001572",
                    "input=2871 input_uncached=3 cache_read=2752 cache_write=116 input_audio=0 input_video=0 output=48 output_text=48 reasoning=0 output_audio=0 output_image=0 total=2919 cost=0.0019896",
                    "input=402 input_uncached=402 cache_read=0 input_audio=0 input_video=0 output=88 output_text=88 reasoning=0 output_image=0 total=490 cost=0",
                    "input=7642 input_uncached=7642 cache_read=0 cache_write=0 input_audio=0 input_video=0 output=41 output_text=41 reasoning=0 output_audio=0 output_image=0 total=7683 web_search_requests=1 cost=0.0131224",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR JSON_TYPE /usage/cost; WARNING SUM /usage/prompt_tokens; ERROR AT_MOST /usage/prompt_tokens_details/cached_tokens",
                    "WARNING AT_MOST /usage/completion_tokens_details/reasoning_tokens; canonical ERROR NON_NEGATIVE /output_text_tokens; canonical ERROR AT_MOST /reasoning_tokens")),
            Map.entry("together-chat", List.of(
                    "input=43 input_uncached=43 cache_read=0 output=11 output_text=11 total=54",
                    "input=1836 input_uncached=300 cache_read=1536 output=24 output_text=24 total=1860",
                    "input=18 input_uncached=18 output=6 output_text=6 total=24",
                    "ERROR SUM /usage/total_tokens",
                    // a warning, which the canonical arithmetic does not take
                    "WARNING AT_MOST /usage/cached_tokens; canonical ERROR NON_NEGATIVE /input_uncached_tokens; canonical ERROR AT_MOST /cache_read_tokens")),
            Map.entry("fireworks-chat", List.of(
                    "input=19 input_uncached=19 output=13 output_text=13 total=32",
                    "input=168 input_uncached=168 output=111 output_text=111 total=279",
                    "input=2214 input_uncached=2214 output=256 output_text=256 total=2470",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR NON_NEGATIVE /usage/completion_tokens")),
            Map.entry("perplexity-chat", List.of(
                    "input=18 input_uncached=18 output=212 output_text=212 total=230 cost=0.00523",
                    "input=1104 input_uncached=1104 output=633 output_text=633 total=1737 cost=0.02281",
                    "input=41 input_uncached=41 output=9120 output_text=9120 total=9161 web_search_requests=31 cost=0.62601",
                    "ERROR SUM /usage/total_tokens",
                    // no rule checks total_cost against its parts
                    "ERROR JSON_TYPE /usage/search_context_size")),
            Map.entry("cerebras-chat", List.of(
                    "input=41 input_uncached=41 cache_read=0 output=10 output_text=10 total=51",
                    "input=78 input_uncached=78 cache_read=0 output=33 output_text=9 reasoning=24 accepted_prediction=0 rejected_prediction=0 total=111",
                    "input=344 input_uncached=88 cache_read=256 output=71 output_text=9 reasoning=62 accepted_prediction=0 rejected_prediction=0 total=415",
                    "input=44 input_uncached=44 output=3 output_text=3 total=47",
                    "ERROR SUM /usage/total_tokens; ERROR AT_MOST /usage/completion_tokens_details/reasoning_tokens",
                    "ERROR AT_MOST /usage/prompt_tokens_details/cached_tokens")),
            Map.entry("orq-deployment-stream", List.of(
                    "input=42 input_uncached=42 cache_read=0 output=19 output_text=19 reasoning=0 total=61",
                    "input=1873 input_uncached=337 cache_read=1536 output=34 output_text=34 total=1907",
                    "ERROR NO_USAGE /usage",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR AT_MOST /usage/prompt_tokens_details/cached_tokens; ERROR AT_MOST /usage/completion_tokens_details/reasoning_tokens")),
            Map.entry("friendli-streamed-completions", List.of(
                    "input=5 input_uncached=5 output=7 output_text=7 total=12",
                    "input=812 input_uncached=44 cache_read=768 output=64 output_text=64 total=876",
                    "ERROR NO_USAGE /usage",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR NON_NEGATIVE /usage/prompt_tokens")),
            Map.entry("orq-proxy-completions", List.of(
                    "input=7 input_uncached=7 cache_read=0 output=9 output_text=9 reasoning=0 accepted_prediction=0 rejected_prediction=0 total=16",
                    "input=12 input_uncached=12 output=41 output_text=41 total=53",
                    "input=5 input_uncached=5 output=8 output_text=8 total=13",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR WHOLE_NUMBER /usage/completion_tokens; ERROR WHOLE_NUMBER /usage/total_tokens")),
            Map.entry("opper", List.of(
                    "input=26 input_uncached=26 cache_read=0 input_audio=0 output=3 output_text=3 reasoning=0 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=29",
                    "input=1480 input_uncached=456 cache_read=1024 output=212 output_text=212 total=1692",
                    "input=19 input_uncached=19 output=148 output_text=20 reasoning=128 total=167",
                    "ERROR SUM /usage/total_tokens",
                    "ERROR REQUIRED /usage/prompt_tokens")),
            Map.entry("atoma", List.of(
                    "input=9 input_uncached=9 cache_read=0 input_audio=0 output=12 output_text=12 total=21",
                    "input=640 input_uncached=128 cache_read=512 input_audio=0 output=358 output_text=358 total=998",
                    "input=14 input_uncached=14 output=3 output_text=3 total=17",
                    "input=88 input_uncached=88 cache_read=0 input_audio=0 output=41 output_text=41 reasoning=0 output_audio=0 accepted_prediction=0 rejected_prediction=0 total=129",
                    "ERROR AT_MOST /usage/prompt_tokens_details/cached_tokens",
                    "ERROR REQUIRED /usage/prompt_tokens_details/audio_tokens")));

    private ExpectedResponses() {
    }

    static List<String> of(String id) {
        List<String> expected = BY_ID.get(id);
        if (expected == null) {
            throw new AssertionError("no expectations for " + id);
        }
        return expected;
    }
}
