package dev.usageschema.json;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.runtime.Copies;
import dev.usageschema.runtime.Property;
import dev.usageschema.runtime.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reader's edges on a parser of its own: what a parser promises and no more (a number's range
 * only at an integer, a literal unless it says it lost it), the bounds of a floating count, a
 * property of a type JSON does not give, the nesting of undeclared objects, and what one read lists
 * past {@link JsonReader#MAX_VIOLATIONS}.
 */
class ReaderEdgesTest {

    /**
     * A schema of named properties of the given kinds, each required, that keeps undeclared fields silently;
     * its model is the map of what was set.
     */
    private static final class Kinds extends JsonSchema<Map<String, Object>, Map<String, Object>> {
        private final List<String> names;
        private final List<Class<?>> elementTypes;

        @SuppressWarnings("unchecked")
        Kinds(List<String> names, List<JsonKind> kinds, List<Class<?>> elementTypes) {
            super("Kinds", (Class<Map<String, Object>>) (Class<?>) Map.class, (Class<Map<String, Object>>) (Class<?>) Map.class,
                    names.stream().map(name -> Property.of(name, name)).toList(), kinds,
                    names.stream().map(name -> false).toList(), true, Severity.OFF);
            this.names = names;
            this.elementTypes = elementTypes;
        }

        static Kinds of(String name, JsonKind kind, Class<?> elementType) {
            return new Kinds(List.of(name), List.of(kind), java.util.Collections.singletonList(elementType));
        }

        @Override
        protected int index(String wireName) {
            return names.indexOf(wireName);
        }

        @Override
        protected Map<String, Object> copyOf(Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected Map<String, Object> newBuilder() {
            return new LinkedHashMap<>();
        }

        @Override
        protected void setLong(Map<String, Object> builder, int index, long value) {
            builder.put(names.get(index), value);
        }

        @Override
        protected void setDouble(Map<String, Object> builder, int index, double value) {
            builder.put(names.get(index), value);
        }

        @Override
        protected void setValue(Map<String, Object> builder, int index, Object value) {
            builder.put(names.get(index), value);
        }

        @Override
        protected void setNull(Map<String, Object> builder, int index) {
            builder.put(names.get(index), null);
        }

        @Override
        protected void putUnknown(Map<String, Object> builder, String name, Object value) {
            builder.put("?" + name, value);
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
            return elementTypes.get(index);
        }

        @Override
        protected JsonSchema<?, ?> nested(int index) {
            throw noSuchProperty(index);
        }

        @Override
        protected Map<String, Object> model(Map<String, Object> builder) {
            return builder;
        }

        /** Every property is required. */
        @Override
        protected List<Violation> check(Map<String, Object> model, Map<String, Object> builder) {
            List<Violation> found = null;
            for (String name : names) {
                if (!model.containsKey(name)) {
                    found = Violations.add(found, Violations.required(Property.of(name, name)));
                }
            }
            return found;
        }

        @Override
        public void write(Map<String, Object> model, JsonSink sink) {
            throw new UnsupportedOperationException();
        }
    }

    private static Validated<Map<String, Object>> read(Kinds schema, Object... fields) {
        List<Object> script = new ArrayList<>(List.of(JsonTokens.START_OBJECT));
        script.addAll(List.of(fields));
        script.add(JsonTokens.END_OBJECT);
        return JsonReader.tryRead(new ScriptedTokens(script.toArray()), schema);
    }

    private static List<String> said(Validated<?> read) {
        return read.violations().stream().map(violation -> violation.rule() + " " + violation.wirePath() + ": "
                + violation.message()).toList();
    }

    @Test
    void aPropertyOfATypeJsonDoesNotGiveIsUnsupportedItsValueSkippedAndItIsNotAlsoMissing() {
        Kinds schema = new Kinds(List.of("blob", "n"), List.of(JsonKind.UNREADABLE, JsonKind.LONG),
                java.util.Arrays.asList(null, null));

        Validated<Map<String, Object>> read = read(schema, JsonTokens.NAME, "blob", JsonTokens.START_OBJECT,
                JsonTokens.NAME, "n", JsonTokens.INTEGER, "1", JsonTokens.END_OBJECT, JsonTokens.NAME, "n",
                JsonTokens.INTEGER, "2");

        assertThat(said(read)).containsExactly("UNSUPPORTED_VALUE /blob: blob holds a type that is not read from JSON:"
                + " JSON gives strings, booleans, numbers, enum names, nested schemas, and lists, sets and maps by name"
                + " of strings, booleans and numbers");
    }

    @Test
    void anExactNumberOfTheWrongTypeIsThatAloneNotAlsoMissing() {
        Validated<Map<String, Object>> read = read(Kinds.of("price", JsonKind.EXACT, BigDecimal.class),
                JsonTokens.NAME, "price", JsonTokens.STRING, "1.5");

        assertThat(said(read)).containsExactly("JSON_TYPE /price: price is a string, not a BigDecimal");
    }

    @Test
    void aFloatIsJudgedByItsLiteralWhateverTheParserSaysOfTheRangeOfLong() {
        Kinds count = Kinds.of("n", JsonKind.LONG, null);

        assertThat(said(read(count, JsonTokens.NAME, "n", JsonTokens.FLOAT, "12.5")))
                .containsExactly("WHOLE_NUMBER /n: n 12.5 is not a whole number");
        // A parser that does not say it lost the literal has it: 12.0 is the whole number 12.
        assertThat(read(count, JsonTokens.NAME, "n", JsonTokens.FLOAT, "12.0").orElseThrow()).containsExactly("n", 12L);
    }

    @Test
    void aFloatingCountHoldsEveryWholeNumberUpTo2To53EitherWayAndOnePastItIsInexact() {
        Kinds count = Kinds.of("n", JsonKind.DOUBLE_COUNT, null);

        assertThat(read(count, JsonTokens.NAME, "n", JsonTokens.INTEGER, "9007199254740992").orElseThrow())
                .containsExactly("n", 9007199254740992.0);
        // Held exactly: the count's own rule, not the reading, says it is negative.
        assertThat(read(count, JsonTokens.NAME, "n", JsonTokens.INTEGER, "-9007199254740992").orElseThrow())
                .containsExactly("n", -9007199254740992.0);
        assertThat(said(read(count, JsonTokens.NAME, "n", JsonTokens.INTEGER, "9007199254740993"))).containsExactly(
                "EXACT_RANGE /n: n 9007199254740993 is above 2^53 = 9007199254740992, where a floating-point count stops"
                        + " being exact");
        assertThat(said(read(count, JsonTokens.NAME, "n", JsonTokens.INTEGER, "-9007199254740993")))
                .containsExactly("NON_NEGATIVE /n: n -9007199254740993 is negative; counts are >= 0");
    }

    @Test
    void aWholeNumberOutOfRangeInAListNamesTheTypeOfItsElements() {
        Kinds ints = Kinds.of("ids", JsonKind.LIST, Integer.class);
        Kinds longs = Kinds.of("ids", JsonKind.LIST, Long.class);

        assertThat(said(read(ints, JsonTokens.NAME, "ids", JsonTokens.START_ARRAY, JsonTokens.INTEGER, "7",
                JsonTokens.INTEGER, "3000000000", JsonTokens.END_ARRAY)))
                .containsExactly("NUMBER_RANGE /ids/1: ids[1] 3000000000 does not fit a 32-bit integer");
        assertThat(said(read(longs, JsonTokens.NAME, "ids", JsonTokens.START_ARRAY, JsonTokens.FLOAT, "1e19",
                JsonTokens.END_ARRAY))).containsExactly("NUMBER_RANGE /ids/0: ids[0] 1e19 does not fit a 64-bit integer");
    }

    @Test
    void anUndeclaredFieldHoldsObjectsNestedToTheLimitAndOneLevelMoreIsUnsupportedWhereItPassesIt() {
        Kinds schema = Kinds.of("n", JsonKind.LONG, null);

        // The field's value is the model's first level: its objects nest 199 deep within it.
        Validated<Map<String, Object>> deepest = read(schema, field(Copies.MAX_DEPTH - 1));
        assertThat(deepest.violations()).isEmpty();
        assertThat(deepest.orElseThrow()).containsKey("?f");

        Validated<Map<String, Object>> tooDeep = read(schema, field(Copies.MAX_DEPTH));
        assertThat(tooDeep.violations()).hasSize(1);
        Violation violation = tooDeep.violations().get(0);
        assertThat(violation.rule()).isEqualTo(Rule.UNSUPPORTED_VALUE);
        assertThat(violation.message()).isEqualTo("'f' nests deeper than 200 levels");
        assertThat(violation.wirePath()).isEqualTo("/f" + "/x".repeat(Copies.MAX_DEPTH - 1));
    }

    /** The field {@code f} of objects nested {@code levels} deep, each but the innermost holding the next as {@code x}, and then {@code n}. */
    private static Object[] field(int levels) {
        List<Object> script = new ArrayList<>(List.of(JsonTokens.NAME, "f", JsonTokens.START_OBJECT));
        for (int level = 1; level < levels; level++) {
            script.addAll(List.of(JsonTokens.NAME, "x", JsonTokens.START_OBJECT));
        }
        for (int level = 0; level < levels; level++) {
            script.add(JsonTokens.END_OBJECT);
        }
        script.addAll(List.of(JsonTokens.NAME, "n", JsonTokens.INTEGER, "1"));
        return script.toArray();
    }

    @Test
    void aSetterAskedForAPropertyOfAnotherKindSaysWhichIndex() {
        assertThat(JsonSchema.noSuchProperty(3)).hasMessageThat().isEqualTo("no property of that kind at index 3");
    }

    // ---- what one read lists

    private static Violation warning(int number) {
        return new Violation("/w" + number, "w" + number, Rule.UNKNOWN_PROPERTY, Severity.WARNING, null, "", "w" + number);
    }

    private static Violation error(int number) {
        return new Violation("/e" + number, "e" + number, Rule.JSON_TYPE, Severity.ERROR, null, "", "e" + number);
    }

    private static Found warnings(int count) {
        Found found = new Found();
        for (int number = 0; number < count; number++) {
            found.add(warning(number));
        }
        return found;
    }

    @Test
    void anErrorPastTheListedOnesCountsFromItsOwnPosition() {
        Found found = warnings(JsonReader.MAX_VIOLATIONS);
        found.add(error(0));

        assertThat(found.hasErrorFrom(JsonReader.MAX_VIOLATIONS)).isTrue();
        assertThat(found.hasErrorFrom(JsonReader.MAX_VIOLATIONS + 1)).isFalse();
        assertThat(found.hasErrorFrom(JsonReader.MAX_VIOLATIONS - 1)).isTrue();
    }

    @Test
    void oneViolationPastTheListedOnesIsListedAsItIsAndMoreAreCountedInTheOneThatStandsForThem() {
        Found one = warnings(JsonReader.MAX_VIOLATIONS);
        one.add(warning(JsonReader.MAX_VIOLATIONS));
        List<Violation> all = one.all();
        assertThat(all).hasSize(JsonReader.MAX_VIOLATIONS + 1);
        assertThat(all.get(JsonReader.MAX_VIOLATIONS)).isEqualTo(warning(JsonReader.MAX_VIOLATIONS));

        Found two = warnings(JsonReader.MAX_VIOLATIONS);
        two.add(warning(JsonReader.MAX_VIOLATIONS));
        two.add(error(1));
        List<Violation> both = two.all();
        assertThat(both).hasSize(JsonReader.MAX_VIOLATIONS + 1);
        assertThat(both.get(JsonReader.MAX_VIOLATIONS).message()).isEqualTo("e1 (the first error of 2 violations past"
                + " the first 1000, which are not listed)");

        assertThat(new Found().all()).isEmpty();
        assertThat(warnings(3).all()).hasSize(3);
    }

    @Test
    void theOneThatStandsForTheUnlistedMovesUnderItsHolderWhenItWasFoundInsideIt() {
        Found found = warnings(JsonReader.MAX_VIOLATIONS);
        found.add(error(0));
        found.moveUnder(JsonReader.MAX_VIOLATIONS, "/nested", "nested");
        found.moveUnder(JsonReader.MAX_VIOLATIONS + 1, "/not", "not");

        List<Violation> all = found.all();
        assertThat(all.get(JsonReader.MAX_VIOLATIONS).wirePath()).isEqualTo("/nested/e0");
        assertThat(all.get(JsonReader.MAX_VIOLATIONS).propertyPath()).isEqualTo("nested.e0");
        assertThat(all.get(0).wirePath()).isEqualTo("/w0");
    }

    @Test
    void aLiteralWithoutDigitsIsNotAFiniteNumber() {
        for (String literal : Set.of("", "-", "+")) {
            assertThat(NumberLiteral.of(literal).shape).isEqualTo(NumberLiteral.Shape.NOT_FINITE);
            assertThat(NumberLiteral.denotesFinite(literal)).isFalse();
        }
    }
}
