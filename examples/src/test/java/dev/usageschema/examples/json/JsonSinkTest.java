package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.json.JsonSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a model writes to a {@link JsonSink}, event by event, for an adapter of another JSON library
 * that implements the sink's methods and none of its defaults: declared names come through
 * {@link JsonSink#name} then, and every value through the method of its type.
 */
class JsonSinkTest {

    /** Writes down each event. */
    private static final class Recording implements JsonSink {
        final List<String> events = new ArrayList<>();

        @Override
        public void startObject() {
            events.add("{");
        }

        @Override
        public void endObject() {
            events.add("}");
        }

        @Override
        public void startArray() {
            events.add("[");
        }

        @Override
        public void endArray() {
            events.add("]");
        }

        @Override
        public void name(String name) {
            events.add(name + ":");
        }

        @Override
        public void number(long value) {
            events.add("long " + value);
        }

        @Override
        public void number(double value) {
            events.add("double " + value);
        }

        @Override
        public void number(Number exact) {
            events.add(exact.getClass().getSimpleName() + " " + exact);
        }

        @Override
        public void string(String value) {
            events.add("'" + value + "'");
        }

        @Override
        public void bool(boolean value) {
            events.add("bool " + value);
        }

        @Override
        public void nullValue() {
            events.add("null");
        }
    }

    @Test
    void everyKindIsWrittenThroughTheMethodOfItsTypeAndDeclaredNamesThroughName() {
        ImmutableEveryKindUsage usage = JsonBackend.JACKSON_2.read("{\"prompt_tokens\":5,\"cached_tokens\":2,"
                + "\"billed_tokens\":7,\"seconds\":0.25,\"streamed\":true,\"model\":\"m\",\"modality\":\"TEXT\","
                + "\"details\":{\"cached_tokens\":1},\"segments\":[{\"audio_tokens\":3}],\"tags\":[\"a\"],\"ids\":[1],"
                + "\"rates\":{\"in\":0.5},\"flags\":[false],\"amounts\":[12345678901234567890]}",
                ImmutableEveryKindUsage.jsonSchema());
        Recording sink = new Recording();

        ImmutableEveryKindUsage.jsonSchema().write(usage, sink);

        assertThat(sink.events).containsExactly("{", "prompt_tokens:", "long 5", "cached_tokens:", "long 2",
                "billed_tokens:", "double 7.0", "seconds:", "double 0.25", "streamed:", "bool true", "model:", "'m'",
                "modality:", "'TEXT'", "details:", "{", "cached_tokens:", "long 1", "}", "segments:", "[", "{",
                "audio_tokens:", "long 3", "}", "]", "tags:", "[", "'a'", "]", "ids:", "[", "long 1", "]", "rates:", "{",
                "in:", "double 0.5", "}", "flags:", "[", "bool false", "]", "amounts:", "[",
                "BigInteger 12345678901234567890", "]", "}").inOrder();
    }

    @Test
    void explicitNullsAndUndeclaredFieldsAreWrittenInTheirPlaces() {
        ImmutableNullableKindsUsage nulls = JsonBackend.JACKSON_2.read("{\"cached_tokens\":null,\"billed_tokens\":null,"
                + "\"seconds\":null,\"details\":null,\"segments\":null,\"model\":null}",
                ImmutableNullableKindsUsage.jsonSchema());
        ImmutableOpenAiChatUsage extra = JsonBackend.JACKSON_2.read("{\"prompt_tokens\":1,\"completion_tokens\":0,"
                + "\"total_tokens\":1,\"cost\":{\"usd\":0.5,\"n\":[1,null,true]}}", ImmutableOpenAiChatUsage.jsonSchema());
        Recording nullSink = new Recording();
        Recording extraSink = new Recording();

        ImmutableNullableKindsUsage.jsonSchema().write(nulls, nullSink);
        ImmutableOpenAiChatUsage.jsonSchema().write(extra, extraSink);

        assertThat(nullSink.events).containsExactly("{", "cached_tokens:", "null", "billed_tokens:", "null", "seconds:",
                "null", "details:", "null", "segments:", "null", "model:", "null", "}").inOrder();
        assertThat(extraSink.events).containsExactly("{", "prompt_tokens:", "long 1", "completion_tokens:", "long 0",
                "total_tokens:", "long 1", "cost:", "{", "usd:", "BigDecimal 0.5", "n:", "[", "long 1", "null",
                "bool true", "]", "}", "}").inOrder();
    }
}
