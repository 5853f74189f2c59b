package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How generated {@code toString} methods show values: quoted as JSON, element by element, cut off past the depth limit. */
class TextsTest {

    @Test
    void aStringIsQuotedWithEveryCharacterThatCouldBreakALogLineEscaped() {
        assertThat(Texts.show("a\"b\\c\nd\re\tf\u0001g\u2028h\u2029i"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028h\\u2029i\"");
        assertThat(Texts.show(new StringBuilder("x"))).isEqualTo("\"x\"");
        assertThat(Texts.show("")).isEqualTo("\"\"");
    }

    @Test
    void collectionsAndMapsShowEachElementSeparatedByACommaAndASpace() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("k", List.of(1, 2));
        map.put(7, null);
        map.put("s", "v");

        assertThat(Texts.show(Arrays.asList("a", 1, null, true))).isEqualTo("[\"a\", 1, null, true]");
        assertThat(Texts.show(map)).isEqualTo("{\"k\": [1, 2], 7: null, \"s\": \"v\"}");
        assertThat(Texts.show(List.of())).isEqualTo("[]");
        assertThat(Texts.show(Map.of())).isEqualTo("{}");
        assertThat(Texts.show(null)).isEqualTo("null");
        assertThat(Texts.show(12.5)).isEqualTo("12.5");
    }

    @Test
    void valuesNestedPastTheDepthLimitAreCutOffThere() {
        assertThat(Texts.show(lists(Copies.MAX_DEPTH))).isEqualTo(
                "[".repeat(Copies.MAX_DEPTH) + "\"x\"" + "]".repeat(Copies.MAX_DEPTH));
        assertThat(Texts.show(lists(Copies.MAX_DEPTH + 1))).isEqualTo(
                "[".repeat(Copies.MAX_DEPTH + 1) + "..." + "]".repeat(Copies.MAX_DEPTH + 1));
    }

    @Test
    void aMapsKeysAndValuesAreCutOffAtTheSameDepth() {
        assertThat(Texts.show(maps(Copies.MAX_DEPTH))).isEqualTo(
                "{\"k\": ".repeat(Copies.MAX_DEPTH) + "\"x\"" + "}".repeat(Copies.MAX_DEPTH));
        assertThat(Texts.show(maps(Copies.MAX_DEPTH + 1))).isEqualTo(
                "{\"k\": ".repeat(Copies.MAX_DEPTH) + "{...: ...}" + "}".repeat(Copies.MAX_DEPTH));
    }

    @Test
    void aStoredCopyCutOffAtTheDepthLimitShowsWhereItWasCut() {
        String shown = Texts.show(Copies.collection(lists(Copies.MAX_DEPTH + 1)));

        assertThat(shown).isEqualTo("[".repeat(Copies.MAX_DEPTH) + "<nested too deep>" + "]".repeat(Copies.MAX_DEPTH));
    }

    /** {@code "x"} inside {@code depth} lists. */
    private static Object lists(int depth) {
        Object value = "x";
        for (int level = 0; level < depth; level++) {
            List<Object> list = new ArrayList<>();
            list.add(value);
            value = list;
        }
        return value;
    }

    /** {@code "x"} inside {@code depth} maps, each by the key {@code "k"}. */
    private static Object maps(int depth) {
        Object value = "x";
        for (int level = 0; level < depth; level++) {
            value = Map.of("k", value);
        }
        return value;
    }
}
