package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameCacheTest {

    /** The names of the usages the catalogue reads most, read record after record. */
    private static final List<String> NAMES = List.of("prompt_tokens", "completion_tokens", "total_tokens",
            "prompt_tokens_details", "cached_tokens", "audio_tokens", "completion_tokens_details", "reasoning_tokens",
            "accepted_prediction_tokens", "rejected_prediction_tokens", "input_tokens", "output_tokens",
            "cache_read_input_tokens", "cache_creation_input_tokens", "ephemeral_5m_input_tokens",
            "ephemeral_1h_input_tokens", "id", "x");

    @Test
    void theNamesOfEveryRecordAreOneStringEachFromTheSecondRecordOn() {
        NameCache cache = new NameCache();
        List<String> first = NAMES.stream().map(name -> read(cache, name)).toList();
        for (int record = 0; record < 3; record++) {
            for (int index = 0; index < NAMES.size(); index++) {
                String again = read(cache, NAMES.get(index));
                assertThat(again).isEqualTo(NAMES.get(index));
                assertThat(again).isSameInstanceAs(first.get(index));
            }
        }
    }

    @Test
    void aNameIsReadFromItsBytesWhereverTheyStand() {
        NameCache cache = new NameCache();
        byte[] line = "{\"usage\":{\"total_tokens\":3}}".getBytes(StandardCharsets.US_ASCII);
        assertThat(cache.ascii(line, 11, 23)).isEqualTo("total_tokens");
        assertThat(cache.ascii(line, 2, 7)).isEqualTo("usage");
        assertThat(cache.ascii(line, 2, 2)).isEmpty();
    }

    private static String read(NameCache cache, String name) {
        // Each record's bytes are new bytes.
        byte[] bytes = ("\"" + name + "\"").getBytes(StandardCharsets.US_ASCII);
        return cache.ascii(bytes, 1, bytes.length - 1);
    }
}
