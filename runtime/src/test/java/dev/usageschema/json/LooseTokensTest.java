package dev.usageschema.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Copies;
import dev.usageschema.runtime.Property;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A parser looser than Jackson's (one that ends inside an object, or gives a value where a name
 * belongs) and a schema nested in itself without end: each is one MALFORMED violation, never a hang
 * or a stack overflow.
 */
class LooseTokensTest {

    /** One count {@code a}, and {@code self}, an object of this same schema. */
    static final class SelfNesting extends JsonSchema<String, List<Object>> {
        static final SelfNesting SCHEMA = new SelfNesting();

        SelfNesting() {
            super("SelfNesting", String.class, String.class, List.of(Property.of("a", "a"), Property.of("self", "self")),
                    List.of(JsonKind.LONG, JsonKind.NESTED), List.of(true, false), false, dev.usageschema.Severity.WARNING);
        }

        @Override
        protected int index(String wireName) {
            return wireName.equals("a") ? 0 : wireName.equals("self") ? 1 : -1;
        }

        @Override
        protected String copyOf(Object value) {
            return (String) value;
        }

        @Override
        protected List<Object> newBuilder() {
            return new ArrayList<>();
        }

        @Override
        protected void setLong(List<Object> builder, int index, long value) {
            builder.add(value);
        }

        @Override
        protected void setDouble(List<Object> builder, int index, double value) {
            throw noSuchProperty(index);
        }

        @Override
        protected void setValue(List<Object> builder, int index, Object value) {
            builder.add(value);
        }

        @Override
        protected void setNull(List<Object> builder, int index) {
            builder.add(null);
        }

        @Override
        protected void putUnknown(List<Object> builder, String name, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected Object enumConstant(int index, String text) {
            throw noSuchProperty(index);
        }

        @Override
        protected List<String> enumNames(int index) {
            throw noSuchProperty(index);
        }

        @Override
        protected Class<?> elementType(int index) {
            throw noSuchProperty(index);
        }

        @Override
        protected JsonSchema<?, ?> nested(int index) {
            return this;
        }

        @Override
        protected String model(List<Object> builder) {
            return builder.toString();
        }

        @Override
        protected List<Violation> check(String model, List<Object> builder) {
            return null;
        }

        @Override
        public void write(String model, JsonSink sink) {
            throw new UnsupportedOperationException();
        }
    }

    private static Violation only(Validated<String> read) {
        assertThat(read.violations()).hasSize(1);
        return read.violations().get(0);
    }

    @Test
    void inputThatEndsInsideAnObjectIsMalformedNotAnEndlessLoop() {
        Validated<String> read = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> JsonReader.tryRead(
                new ScriptedTokens(JsonTokens.START_OBJECT, JsonTokens.NAME, "a", JsonTokens.INTEGER, "1"), SelfNesting.SCHEMA));

        assertThat(only(read).rule()).isEqualTo(Rule.MALFORMED);
        assertThat(only(read).message()).contains("ends inside");
    }

    @Test
    void aValueWhereAFieldNameBelongsIsMalformed() {
        Validated<String> read = JsonReader.tryRead(new ScriptedTokens(JsonTokens.START_OBJECT, JsonTokens.INTEGER, "1",
                JsonTokens.END_OBJECT), SelfNesting.SCHEMA);

        assertThat(only(read).rule()).isEqualTo(Rule.MALFORMED);
        assertThat(only(read).message()).contains("a number where a field name belongs");
    }

    @Test
    void aFieldWhoseNameIsNullIsMalformedNotANullPointer() {
        JsonTokens nameless = new ScriptedTokens(JsonTokens.START_OBJECT, JsonTokens.NAME, "a", JsonTokens.INTEGER, "1",
                JsonTokens.END_OBJECT) {
            @Override
            public String name() {
                return null;
            }
        };

        Validated<String> read = JsonReader.tryRead(nameless, SelfNesting.SCHEMA);

        assertThat(only(read).rule()).isEqualTo(Rule.MALFORMED);
        assertThat(only(read).message()).contains("field name that is null");
    }

    @Test
    void objectsNestedExactlyToTheDepthLimitAreReadAndOneLevelMoreIsMalformed() {
        assertThat(JsonReader.tryRead(new ScriptedTokens(nested(Copies.MAX_DEPTH)), SelfNesting.SCHEMA).isValid()).isTrue();

        Validated<String> tooDeep = JsonReader.tryRead(new ScriptedTokens(nested(Copies.MAX_DEPTH + 1)), SelfNesting.SCHEMA);
        assertThat(only(tooDeep).rule()).isEqualTo(Rule.MALFORMED);
        assertThat(only(tooDeep).message()).isEqualTo("unreadable JSON: objects nested deeper than 200 levels");
    }

    /** {@code levels} objects, each but the innermost holding the next as {@code self}. */
    private static Object[] nested(int levels) {
        List<Object> script = new ArrayList<>(List.of(JsonTokens.START_OBJECT));
        for (int level = 1; level < levels; level++) {
            script.addAll(List.of(JsonTokens.NAME, "self", JsonTokens.START_OBJECT));
        }
        for (int level = 0; level < levels; level++) {
            script.add(JsonTokens.END_OBJECT);
        }
        return script.toArray();
    }

    @Test
    void aNullForAPropertyTheSchemaHoldsInAPrimitiveIsNotNull() {
        Validated<String> read = JsonReader.tryRead(new ScriptedTokens(JsonTokens.START_OBJECT, JsonTokens.NAME, "a",
                JsonTokens.NULL, JsonTokens.NAME, "self", JsonTokens.NULL, JsonTokens.END_OBJECT), new SelfNesting());

        assertThat(only(read).rule()).isEqualTo(Rule.NOT_NULL);
        assertThat(only(read).wirePath()).isEqualTo("/a");
    }

    @Test
    void aSchemaNestedInItselfStopsAtTheDepthLimitNotTheStack() {
        List<Object> script = new ArrayList<>();
        for (int level = 0; level < 100_000; level++) {
            script.add(JsonTokens.START_OBJECT);
            script.add(JsonTokens.NAME);
            script.add("self");
        }
        Validated<String> read = JsonReader.tryRead(new ScriptedTokens(script.toArray()), SelfNesting.SCHEMA);

        assertThat(only(read).rule()).isEqualTo(Rule.MALFORMED);
        assertThat(only(read).message()).contains("deeper than");
    }
}
