package dev.usageschema;

import static com.google.common.truth.Truth.assertThat;
import static dev.usageschema.SerialStreams.alteredRoundTrip;
import static dev.usageschema.SerialStreams.roundTrip;
import static dev.usageschema.SerialStreams.swap;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.runtime.Property;
import dev.usageschema.runtime.SerialForm;
import dev.usageschema.runtime.SerialShape;
import dev.usageschema.runtime.SerialType;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The serial form's own mechanics, on hand-written forms of the kind the processor writes: two
 * versions of one schema as two form classes whose names differ in one letter, a stream of the one
 * renamed to the other, and streams damaged where the form reads its names, tags and sizes.
 */
class SerialFormTest {

    /** Eight bytes that occur nowhere else in a stream, so a test can find what precedes them. */
    private static final long MARKER = 0x0102_0304_0506_0708L;

    private static final SerialShape VERSION_A = new SerialShape("Usage",
            List.of(Property.of("count", "count"), Property.of("tags", "tags"), Property.of("extra", "extra")),
            List.of(SerialType.LONG, SerialType.set(SerialType.of(Long.class)),
                    SerialType.map(SerialType.of(String.class), SerialType.of(Object.class))));

    /** What the test's forms build: the values read, each absent one as this marker. */
    private static final String ABSENT_VALUE = "absent";

    /** Version A of a schema: a count, a set of longs, a map of anything by name. */
    static final class FormA extends SerialForm {
        private static final long serialVersionUID = 1L;
        /** The forms' marker of a property not given, which only a subclass can name. */
        static final Object NOT_GIVEN = ABSENT;

        FormA(Object... values) {
            super(VERSION_A, values);
        }

        @Override
        protected SerialShape shape() {
            return VERSION_A;
        }

        @Override
        protected Object build(Object[] values) {
            return built(values);
        }
    }

    /** Version B: the count alone. */
    static final class FormB extends SerialForm {
        private static final long serialVersionUID = 1L;
        private static final SerialShape SHAPE = new SerialShape("Usage", List.of(Property.of("count", "count")),
                List.of(SerialType.LONG));

        FormB(Object count) {
            super(SHAPE, count);
        }

        @Override
        protected SerialShape shape() {
            return SHAPE;
        }

        @Override
        protected Object build(Object[] values) {
            return built(values);
        }
    }

    /** The values as a list, {@link #ABSENT_VALUE} for the absent ones; a negative count breaks the rule. */
    private static List<Object> built(Object[] values) {
        List<Object> built = new ArrayList<>();
        for (Object value : values) {
            built.add(value == FormA.NOT_GIVEN ? ABSENT_VALUE : value);
        }
        if (built.get(0) instanceof Long count && count < 0) {
            throw new UsageViolationException("Usage", List.of(new Violation("/count", "count", Rule.NON_NEGATIVE,
                    Severity.ERROR, count, ">= 0", "count " + count + " is negative; counts are >= 0")));
        }
        return built;
    }

    private static Object absent() {
        return FormA.NOT_GIVEN;
    }

    @Test
    void aFormReadsBackWhatWasGivenAndLeavesTheRestAbsent() throws Exception {
        Object read = roundTrip(new FormA(7L, Set.of(MARKER), Map.of("a", List.of(1, Map.of("b", true)))));
        Object sparse = roundTrip(new FormA(7L, absent(), absent()));

        assertThat(read).isEqualTo(List.of(7L, Set.of(MARKER), Map.of("a", List.of(1, Map.of("b", true)))));
        assertThat(sparse).isEqualTo(List.of(7L, ABSENT_VALUE, ABSENT_VALUE));
    }

    @Test
    void aVersionWithoutAPropertyTheStreamHoldsRefusesItByName() throws Exception {
        byte[] stream = SerialStreams.renameClass(SerialStreams.write(new FormA(7L, absent(), Map.of("a", 1)),
                UnaryOperator.identity()), FormA.class.getName(), FormB.class.getName());

        InvalidObjectException refused = assertThrows(InvalidObjectException.class, () -> SerialStreams.read(stream));

        assertThat(refused).hasMessageThat().isEqualTo("the stream holds Usage.extra, which this version of Usage"
                + " does not have");
    }

    @Test
    void aVersionWithAPropertyTheStreamLacksReadsItAsAbsent() throws Exception {
        byte[] stream = SerialStreams.renameClass(SerialStreams.write(new FormB(7L), UnaryOperator.identity()),
                FormB.class.getName(), FormA.class.getName());

        assertThat(SerialStreams.read(stream)).isEqualTo(List.of(7L, ABSENT_VALUE, ABSENT_VALUE));
    }

    @Test
    void aModelThatBreaksARuleIsRefusedWithItsViolations() {
        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> roundTrip(new FormB(-1L)));

        assertThat(refused).hasMessageThat().contains("count -1 is negative");
        assertThat(refused).hasCauseThat().isInstanceOf(UsageViolationException.class);
    }

    @Test
    void namesThatAreNotStringsOrNamesGivenTwiceAreRefused() {
        InvalidObjectException notNames = assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(new FormB(7L),
                        object -> object.getClass().getSimpleName().equals("SerialLayout") ? 7L : object));
        InvalidObjectException notAString = assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(new FormB(7L), swap("count", 7)));
        InvalidObjectException twice = assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(new FormA(7L, Set.of(), absent()), swap("tags", "count")));

        assertThat(notNames).hasMessageThat().isEqualTo("the stream holds a java.lang.Long in place of the"
                + " property names of Usage");
        assertThat(notAString).hasMessageThat().isEqualTo("the stream names a property with a java.lang.Integer"
                + " instead of a string");
        assertThat(twice).hasMessageThat().isEqualTo("the stream holds Usage.count twice");
    }

    @Test
    void aStreamThatGivesMorePropertiesThanItNamesIsRefused() throws Exception {
        byte[] stream = SerialStreams.write(new FormB(MARKER), UnaryOperator.identity());
        byte[] stray = stream.clone();
        // The bits of the properties given are the byte before the count's tag.
        stray[indexOf(stream, MARKER) - 2] |= 0x2;

        assertThat(assertThrows(InvalidObjectException.class, () -> SerialStreams.read(stray)))
                .hasMessageThat().isEqualTo("the stream gives properties of Usage that it does not name");
    }

    @Test
    void aValueOfAnotherTypeIsRefusedWhereItSitsAndAnIntReadsAsALong() throws Exception {
        InvalidObjectException element = assertThrows(InvalidObjectException.class,
                () -> roundTrip(new FormA(7L, Set.of("x"), absent())));
        InvalidObjectException count = assertThrows(InvalidObjectException.class,
                () -> roundTrip(new FormA("seven", absent(), absent())));
        InvalidObjectException nullCount = assertThrows(InvalidObjectException.class,
                () -> roundTrip(new FormA(null, absent(), absent())));
        InvalidObjectException key = assertThrows(InvalidObjectException.class,
                () -> roundTrip(new FormA(7L, absent(), Map.of(1, "x"))));

        assertThat(element).hasMessageThat().isEqualTo("the stream holds Usage.tags[0] as a java.lang.String,"
                + " which is not a java.lang.Long");
        assertThat(count).hasMessageThat().isEqualTo("the stream holds Usage.count as a java.lang.String,"
                + " which is not a long");
        assertThat(nullCount).hasMessageThat().isEqualTo("the stream holds Usage.count as null, which is not a long");
        assertThat(key).hasMessageThat().isEqualTo("the stream holds a key of Usage.extra as a java.lang.Integer,"
                + " which is not a java.lang.String");
        assertThat(roundTrip(new FormA(7, Set.of(1, 2L), absent()))).isEqualTo(List.of(7L, Set.of(1L, 2L), ABSENT_VALUE));
    }

    @Test
    void anUnknownTagANegativeSizeAndARepeatedElementAreRefused() throws Exception {
        byte[] stream = SerialStreams.write(new FormA(MARKER, Set.of(MARKER + 1, MARKER + 2), absent()),
                UnaryOperator.identity());
        int count = indexOf(stream, MARKER);
        int first = Math.min(indexOf(stream, MARKER + 1), indexOf(stream, MARKER + 2));
        int second = Math.max(indexOf(stream, MARKER + 1), indexOf(stream, MARKER + 2));

        byte[] unknownTag = stream.clone();
        unknownTag[count - 1] = 'X';
        byte[] negativeSize = stream.clone();
        ByteBuffer.wrap(negativeSize).putInt(first - 5, -1);
        byte[] repeated = stream.clone();
        System.arraycopy(stream, first, repeated, second, Long.BYTES);

        assertThat(assertThrows(InvalidObjectException.class, () -> SerialStreams.read(unknownTag)))
                .hasMessageThat().isEqualTo("the stream holds Usage.count with the unknown tag 0x58");
        assertThat(assertThrows(InvalidObjectException.class, () -> SerialStreams.read(negativeSize)))
                .hasMessageThat().isEqualTo("the stream holds Usage.tags with -1 elements");
        assertThat(assertThrows(InvalidObjectException.class, () -> SerialStreams.read(repeated)))
                .hasMessageThat().isEqualTo("the stream holds an element of Usage.tags twice");
    }

    @Test
    void collectionsNestedDeeperThanAModelHoldsThemAreRefused() {
        Object deep = List.of();
        for (int depth = 0; depth < 200; depth++) {
            deep = List.of(deep);
        }
        Object tooDeep = deep;

        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> roundTrip(new FormA(7L, absent(), Map.of("a", tooDeep))));

        assertThat(refused).hasMessageThat().isEqualTo("the stream holds Usage.extra nested deeper than 200 levels");
    }

    @Test
    void aStreamThatNamesTheFormButHoldsNoneOfItIsRefused() throws Exception {
        byte[] forged = SerialStreams.renameClass(SerialStreams.write(new LookAlike(), UnaryOperator.identity()),
                LookAlike.class.getName(), FormB.class.getName());

        InvalidObjectException refused = assertThrows(InvalidObjectException.class, () -> SerialStreams.read(forged));

        assertThat(refused).hasMessageThat().isEqualTo("the stream holds no properties of Usage: it was written by"
                + " another serial form");
    }

    @Test
    void aStreamOfTheAbstractFormItselfIsRefused() throws Exception {
        byte[] forged = SerialStreams.renameClass(SerialStreams.write(new LookAlike(), UnaryOperator.identity()),
                LookAlike.class.getName(), SerialForm.class.getName());

        InvalidClassException refused = assertThrows(InvalidClassException.class, () -> SerialStreams.read(forged));

        assertThat(refused).hasMessageThat().contains("unable to create instance");
    }

    /** Written in place of a form, with its serialVersionUID and nothing of what it writes. */
    private static final class LookAlike implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static int indexOf(byte[] stream, long marker) {
        byte[] bytes = ByteBuffer.allocate(Long.BYTES).putLong(marker).array();
        for (int at = 0; at + bytes.length <= stream.length; at++) {
            if (Arrays.equals(stream, at, at + bytes.length, bytes, 0, bytes.length)) {
                return at;
            }
        }
        throw new IllegalArgumentException("not in the stream");
    }
}
