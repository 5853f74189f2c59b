package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.json.JsonReader;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.JsonTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A parser looser than Jackson's, one that ends inside an array or an object, or gives a value
 * where a field name belongs, inside each kind of value a generated model reads: one MALFORMED
 * violation each, never an endless loop.
 */
class LooseTokensReadTest {

    /** Replays tokens: a code, and for names, strings and numbers the text after it; then the end, for ever. */
    private static final class Replay implements JsonTokens {
        private final List<Object> script = new ArrayList<>();
        private int at = -1;

        Replay(Object... script) {
            this.script.addAll(List.of(script));
        }

        @Override
        public int next() {
            do {
                at++;
            } while (at < script.size() && script.get(at) instanceof String);
            return at < script.size() ? (Integer) script.get(at) : END;
        }

        @Override
        public String name() {
            return (String) script.get(at + 1);
        }

        @Override
        public String string() {
            return (String) script.get(at + 1);
        }

        @Override
        public boolean fitsLong() {
            return true;
        }

        @Override
        public long longValue() {
            return Long.parseLong((String) script.get(at + 1));
        }

        @Override
        public String literal() {
            return (String) script.get(at + 1);
        }

        @Override
        public void skipChildren() {
            // No case here skips a value.
        }

        @Override
        public String pointer() {
            return "/at/" + at;
        }
    }

    private static <M> Violation only(Replay tokens, JsonSchema<M, ?> schema) {
        Validated<M> read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> JsonReader.tryRead(tokens, schema));
        assertThat(read.violations()).hasSize(1);
        assertThat(read.violations().get(0).rule()).isEqualTo(Rule.MALFORMED);
        return read.violations().get(0);
    }

    private static Replay field(String name, Object... value) {
        List<Object> script = new ArrayList<>(List.of(JsonTokens.START_OBJECT, JsonTokens.NAME, name));
        script.addAll(List.of(value));
        return new Replay(script.toArray());
    }

    @Test
    void inputThatEndsInsideAListOfNestedObjectsIsMalformed() {
        Violation ended = only(field("segments", JsonTokens.START_ARRAY, JsonTokens.START_OBJECT, JsonTokens.END_OBJECT),
                ImmutableEveryKindUsage.jsonSchema());

        assertThat(ended.message()).isEqualTo("unreadable JSON: the input ends inside a value");
    }

    @Test
    void inputThatEndsInsideAListOrAMapOfPlainValuesIsMalformed() {
        Violation list = only(field("tags", JsonTokens.START_ARRAY, JsonTokens.STRING, "a"),
                ImmutableEveryKindUsage.jsonSchema());
        Violation map = only(field("rates", JsonTokens.START_OBJECT, JsonTokens.NAME, "in", JsonTokens.INTEGER, "1"),
                ImmutableEveryKindUsage.jsonSchema());

        assertThat(list.message()).isEqualTo("unreadable JSON: the input ends inside a value");
        assertThat(map.message()).isEqualTo("unreadable JSON: the input ends inside a value");
    }

    @Test
    void aValueWhereAMapsKeyBelongsIsMalformed() {
        Violation valueForKey = only(field("rates", JsonTokens.START_OBJECT, JsonTokens.INTEGER, "1", JsonTokens.END_OBJECT,
                JsonTokens.END_OBJECT), ImmutableEveryKindUsage.jsonSchema());

        assertThat(valueForKey.message()).isEqualTo("unreadable JSON: a number where a field name belongs");
    }

    @Test
    void inputThatEndsInsideAnUndeclaredArrayOrObjectIsMalformed() {
        Violation array = only(field("x", JsonTokens.START_ARRAY, JsonTokens.INTEGER, "1"),
                ImmutableOpenAiChatUsage.jsonSchema());
        Violation object = only(field("x", JsonTokens.START_OBJECT, JsonTokens.NAME, "a", JsonTokens.TRUE),
                ImmutableOpenAiChatUsage.jsonSchema());
        Violation valueForName = only(field("x", JsonTokens.START_OBJECT, JsonTokens.FALSE, JsonTokens.END_OBJECT,
                JsonTokens.END_OBJECT), ImmutableOpenAiChatUsage.jsonSchema());

        assertThat(array.message()).isEqualTo("unreadable JSON: the input ends inside a value");
        assertThat(object.message()).isEqualTo("unreadable JSON: the input ends inside a value");
        assertThat(valueForName.message()).isEqualTo("unreadable JSON: a boolean where a field name belongs");
    }
}
