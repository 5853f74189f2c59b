package dev.usageschema.spark.example;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A made-up log of calls, tab-separated: day, provider surface, model, whole response. OpenAI chat,
 * DeepSeek chat and Anthropic messages in turn over seven days; one OpenAI or DeepSeek response in a
 * hundred has a total that is not the sum of its parts, and one line in a thousand is cut short. The
 * same count gives the same log. What an audit must find in it is worked out as it is written, from
 * the numbers it writes, not by checking them: {@link Planted}.
 */
final class CallLog {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);
    private static final String[] OPENAI_MODELS = {"gpt-4.1-mini", "gpt-5.6-sol"};

    /**
     * What the log holds that an audit must report.
     *
     * @param rejected the responses to be rejected, in the log's order
     * @param totals   per {@code day model}, what the totals must be: the counts of {@link Total}
     */
    record Planted(List<String> rejected, Map<String, Total> totals) {
    }

    /** The totals of one day and model: the rejected records by rule, and the accepted records' sums. */
    static final class Total {
        long accepted;
        long rejected;
        final Map<String, Long> rejectedByRule = new TreeMap<>();
        long inputTokens;
        long cacheReadTokens;
        long outputTokens;
        long totalTokens;

        @Override
        public String toString() {
            return "accepted " + accepted + ", rejected " + rejected + " " + rejectedByRule + ", input " + inputTokens
                    + ", cache read " + cacheReadTokens + ", output " + outputTokens + ", total " + totalTokens;
        }
    }

    private CallLog() {
    }

    /**
     * Writes {@code records} calls to {@code log}.
     * @return what the audit of the log must find
     */
    static Planted write(int records, Path log) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        List<String> rejected = new ArrayList<>();
        Map<String, Total> totals = new TreeMap<>();
        try (BufferedWriter writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (int at = 0; at < records; at++) {
                String day = FIRST_DAY.plusDays(at % 7).toString();
                long input = 20 + random.nextInt(4000);
                long output = 1 + random.nextInt(800);
                long cached = random.nextLong(input + 1);
                String provider;
                String model;
                String response;
                boolean offTotal = false;
                switch (at % 3) {
                    case 0 -> {
                        provider = "openai-chat";
                        model = OPENAI_MODELS[random.nextInt(OPENAI_MODELS.length)];
                        offTotal = at % 100 == 99;
                        response = "{\"id\":\"chatcmpl-" + at + "\",\"object\":\"chat.completion\",\"model\":\"" + model
                                + "\",\"usage\":{\"prompt_tokens\":" + input + ",\"completion_tokens\":" + output
                                + ",\"total_tokens\":" + total(input, output, offTotal, random)
                                + ",\"prompt_tokens_details\":{\"cached_tokens\":" + cached + "}}}";
                    }
                    case 1 -> {
                        provider = "deepseek-chat";
                        model = "deepseek-chat";
                        offTotal = at % 100 == 99;
                        response = "{\"id\":\"ds-" + at + "\",\"object\":\"chat.completion\",\"model\":\"deepseek-chat\","
                                + "\"usage\":{\"prompt_tokens\":" + input + ",\"completion_tokens\":" + output
                                + ",\"total_tokens\":" + total(input, output, offTotal, random)
                                + ",\"prompt_cache_hit_tokens\":" + cached + ",\"prompt_cache_miss_tokens\":"
                                + (input - cached) + "}}";
                    }
                    default -> {
                        provider = "anthropic-messages";
                        model = "claude-sonnet-4-6";
                        // Anthropic's input is the uncached part, the cache read beside it; no total is sent.
                        response = "{\"id\":\"msg_" + at + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\""
                                + model + "\",\"usage\":{\"input_tokens\":" + (input - cached)
                                + ",\"cache_read_input_tokens\":" + cached + ",\"cache_creation_input_tokens\":0,"
                                + "\"output_tokens\":" + output + "}}";
                    }
                }
                boolean cut = at % 1000 == 500;
                if (cut) {
                    response = response.substring(0, response.length() - 2);
                }
                Total total = totals.computeIfAbsent(day + " " + model, key -> new Total());
                if (cut || offTotal) {
                    rejected.add(response);
                    total.rejected++;
                    total.rejectedByRule.merge(cut ? "MALFORMED" : "SUM", 1L, Long::sum);
                } else {
                    total.accepted++;
                    total.inputTokens += input;
                    total.cacheReadTokens += cached;
                    total.outputTokens += output;
                    total.totalTokens += input + output;
                }
                writer.write(day + '\t' + provider + '\t' + model + '\t' + response);
                writer.newLine();
            }
        }
        return new Planted(rejected, totals);
    }

    /** The total a response sends: input + output, or off it by 1 to 50 tokens. */
    private static long total(long input, long output, boolean off, SplittableRandom random) {
        return input + output + (off ? 1 + random.nextInt(50) : 0);
    }
}
