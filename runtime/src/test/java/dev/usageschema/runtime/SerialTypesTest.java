package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The serial form's parts on their own: a version's shape (its properties by name, each with its
 * type), what a value read must be to be of that type, and how deep the values written element by
 * element may nest.
 */
class SerialTypesTest {

    /** Made in each test, not once for the class: what a test makes is what it covers. */
    private static SerialShape shape() {
        return new SerialShape("Usage",
                List.of(Property.of("count", "count"), Property.of("tags", "tags"), Property.of("costs", "costs")),
                List.of(SerialType.INT, SerialType.list(SerialType.of(String.class)),
                        SerialType.map(SerialType.of(String.class), SerialType.LONG)));
    }

    /** A serial form of eight counts, a whole byte of given bits; reading it back gives its values. */
    static final class Eight extends SerialForm {
        private static final long serialVersionUID = 1L;

        Eight(Object... values) {
            super(shape8(), values);
        }

        static SerialShape shape8() {
            List<Property> properties = new ArrayList<>();
            for (int index = 0; index < 8; index++) {
                properties.add(Property.of("p" + index, "p" + index));
            }
            return new SerialShape("Eight", properties, java.util.Collections.nCopies(8, SerialType.LONG));
        }

        @Override
        protected SerialShape shape() {
            return shape8();
        }

        @Override
        protected Object build(Object[] values) {
            return List.of(values);
        }
    }

    /** A list type of the caller's own, declared as itself. */
    static final class Tags extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aShapeFindsEachPropertyByItsJavaNameAndConformsItsValues() throws InvalidObjectException {
        SerialShape shape = shape();
        assertThat(shape.size()).isEqualTo(3);
        assertThat(shape.index("count")).isEqualTo(0);
        assertThat(shape.index("costs")).isEqualTo(2);
        assertThat(shape.index("cost")).isEqualTo(-1);
        assertThat(shape.describe(1)).isEqualTo("Usage.tags");
        assertThat(shape.layout().names()).asList().containsExactly("count", "tags", "costs").inOrder();

        // A count written as a long by a version that widened it reads back as an int where it fits.
        assertThat(shape.conform(0, 5L)).isEqualTo(5);
        assertThat(shape.conform(1, List.of("a", "b"))).isEqualTo(List.of("a", "b"));
        assertThat(shape.conform(2, Map.of("input", 3))).isEqualTo(Map.of("input", 3L));

        assertThat(assertThrows(InvalidObjectException.class, () -> shape.conform(0, 1L << 40))).hasMessageThat()
                .isEqualTo("the stream holds Usage.count as 1099511627776, which is not an int");
        assertThat(assertThrows(InvalidObjectException.class, () -> shape.conform(1, List.of("a", 7)))).hasMessageThat()
                .isEqualTo("the stream holds Usage.tags[1] as a java.lang.Integer, which is not a java.lang.String");
        assertThat(assertThrows(InvalidObjectException.class, () -> shape.conform(1, Set.of("a")))).hasMessageThat()
                .isEqualTo("the stream holds Usage.tags as a set, which is not a list");
        assertThat(assertThrows(InvalidObjectException.class, () -> shape.conform(2, Map.of(7, 1L)))).hasMessageThat()
                .isEqualTo("the stream holds a key of Usage.costs as a java.lang.Integer, which is not a java.lang.String");
        assertThat(assertThrows(InvalidObjectException.class, () -> shape.conform(0, null))).hasMessageThat()
                .isEqualTo("the stream holds Usage.count as null, which is not an int");

        IllegalArgumentException uneven = assertThrows(IllegalArgumentException.class, () -> new SerialShape("Usage",
                List.of(Property.of("count", "count")), List.of()));
        assertThat(uneven).hasMessageThat().isEqualTo("Usage: one type per property");
    }

    @Test
    void eachTypeHoldsItsOwnValues() throws SerialType.Mismatch {
        assertThat(SerialType.LONG.conform(5)).isEqualTo(5L);
        assertThat(SerialType.INT.conform(7)).isEqualTo(7);
        assertThat(SerialType.of(String.class).conform("x")).isEqualTo("x");
        assertThat(SerialType.of(String.class).conform(null)).isNull();
        assertThat(SerialType.set(SerialType.INT).conform(Set.of(2L))).isEqualTo(Set.of(2));
        assertThat(SerialType.set(SerialType.INT).conform(Set.of(2L))).isInstanceOf(LinkedHashSet.class);
        assertThat(SerialType.collection(SerialType.INT).conform(Set.of(2L))).isEqualTo(Set.of(2));
        assertThat(SerialType.collection(SerialType.INT).conform(List.of(2L, 3L))).isEqualTo(List.of(2, 3));
        assertThat(SerialType.list(SerialType.list(SerialType.LONG)).conform(List.of(List.of(1))))
                .isEqualTo(List.of(List.of(1L)));
        assertThat(assertThrows(SerialType.Mismatch.class, () -> SerialType.set(SerialType.INT).conform(List.of(1)))
                .describe("Usage.ids")).isEqualTo("the stream holds Usage.ids as a list, which is not a set");
        assertThat(assertThrows(SerialType.Mismatch.class, () -> SerialType.collection(SerialType.INT).conform("x"))
                .describe("Usage.ids")).isEqualTo("the stream holds Usage.ids as a java.lang.String, which is not a collection");
    }

    @Test
    void aCollectionOfADeclaredTypeOfItsOwnIsWrittenAsThatTypeAndReadsBackAsIt() throws Exception {
        Tags tags = new Tags();
        tags.add("a");

        Object read = roundTrip(tags, SerialType.of(Tags.class));

        assertThat(read).isInstanceOf(Tags.class);
        assertThat(read).isEqualTo(tags);
        assertThat(roundTrip(tags, SerialType.list(SerialType.of(String.class)))).isInstanceOf(ArrayList.class);
        assertThat(roundTrip(tags, SerialType.list(SerialType.of(String.class)))).isNotInstanceOf(Tags.class);
    }

    @Test
    void aFormWhoseGivenBitsFillTheirLastByteReadsBack() throws Exception {
        Object[] values = {1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Eight(values));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(List.of(values));
        }
    }

    @Test
    void collectionsNestUpToTheDepthLimitAndOneLevelMoreIsRefused() throws Exception {
        assertThat(roundTrip(lists(Copies.MAX_DEPTH), SerialType.of(Object.class))).isEqualTo(lists(Copies.MAX_DEPTH));

        InvalidObjectException tooDeep = assertThrows(InvalidObjectException.class,
                () -> roundTrip(lists(Copies.MAX_DEPTH + 1), SerialType.of(Object.class)));
        assertThat(tooDeep).hasMessageThat().isEqualTo("the stream holds Usage.tags nested deeper than 200 levels");
    }

    @Test
    void mapsNestedInTheKeysOfMapsCountTowardsTheDepthLimitToo() {
        Map<Object, Object> keys = new LinkedHashMap<>();
        for (int level = 1; level <= Copies.MAX_DEPTH; level++) {
            Map<Object, Object> outer = new LinkedHashMap<>();
            outer.put(keys, level);
            keys = outer;
        }
        Map<Object, Object> tooDeep = keys;

        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> roundTrip(tooDeep, SerialType.of(Object.class)));
        assertThat(refused).hasMessageThat().isEqualTo("the stream holds Usage.tags nested deeper than 200 levels");
    }

    /** {@code levels} lists, each but the innermost holding the next. */
    private static List<Object> lists(int levels) {
        List<Object> list = new ArrayList<>();
        for (int level = 1; level < levels; level++) {
            List<Object> outer = new ArrayList<>();
            outer.add(list);
            list = outer;
        }
        return list;
    }

    private static Object roundTrip(Object value, SerialType type) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            SerialValues.write(out, value, type);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return SerialValues.read(in, "Usage.tags");
        }
    }
}
