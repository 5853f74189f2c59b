package dev.usageschema.otel;

import dev.usageschema.Violation;
import java.util.List;
import java.util.Map;

/**
 * Which sides of a usage its errors leave without a count that can be recorded. The canonical
 * usage's identities tie its counts in three groups: the input side (the input tokens, their
 * uncached, cache-read and cache-write parts, the write's split by time to live, and the
 * itemisations bounded by the input), the output side (the output tokens, their text, reasoning,
 * audio and image parts, and the prediction counts bounded by the output), and the total, which adds
 * the two sides and the unattributed tokens. An error on a side withholds that side's counts; an
 * error on the total withholds both, since any of its terms may be the wrong one; an error on a value
 * that is not a token count (the convention, web-search requests, the cost) withholds neither; an
 * error at any other place withholds both.
 */
final class WithheldCounts {

    /** The input side's counts are withheld. */
    static final int INPUT = 1;
    /** The output side's counts are withheld. */
    static final int OUTPUT = 2;
    /** Both sides' counts are withheld. */
    static final int BOTH = INPUT | OUTPUT;

    /** What an error at each top-level wire name of the canonical usage withholds. */
    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("input_tokens", INPUT),
            Map.entry("input_uncached_tokens", INPUT),
            Map.entry("cache_read_tokens", INPUT),
            Map.entry("cache_write_tokens", INPUT),
            Map.entry("cache_write_5m_tokens", INPUT),
            Map.entry("cache_write_1h_tokens", INPUT),
            Map.entry("input_audio_tokens", INPUT),
            Map.entry("input_image_tokens", INPUT),
            Map.entry("input_video_tokens", INPUT),
            Map.entry("tool_use_input_tokens", INPUT),
            Map.entry("output_tokens", OUTPUT),
            Map.entry("output_text_tokens", OUTPUT),
            Map.entry("reasoning_tokens", OUTPUT),
            Map.entry("output_audio_tokens", OUTPUT),
            Map.entry("output_image_tokens", OUTPUT),
            Map.entry("accepted_prediction_tokens", OUTPUT),
            Map.entry("rejected_prediction_tokens", OUTPUT),
            Map.entry("total_tokens", BOTH),
            Map.entry("unattributed_tokens", BOTH),
            Map.entry("convention", 0),
            Map.entry("web_search_requests", 0),
            Map.entry("cost", 0));

    private WithheldCounts() {
    }

    /**
     * {@return the sides withheld by the errors among the violations}, a combination of {@link #INPUT}
     * and {@link #OUTPUT}; warnings withhold nothing
     * @param violations every violation of one canonical usage
     */
    static int by(List<Violation> violations) {
        int withheld = 0;
        for (Violation violation : violations) {
            if (violation.isError()) {
                withheld |= at(violation.wirePath());
            }
        }
        return withheld;
    }

    private static int at(String wirePath) {
        int end = wirePath.indexOf('/', 1);
        String name = wirePath.startsWith("/") ? wirePath.substring(1, end < 0 ? wirePath.length() : end) : null;
        Integer sides = name == null ? null : BY_NAME.get(name);
        return sides == null ? BOTH : sides;
    }
}
