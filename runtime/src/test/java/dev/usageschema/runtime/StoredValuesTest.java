package dev.usageschema.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a model stores of a collection or of its additional properties ({@link Copies}), and what its
 * checks then report of it ({@link Violations#elements}, {@link Violations#jsonValues}): each at its path.
 */
class StoredValuesTest {

    private static final Property IDS = Property.of("ids", "ids");
    private static final Property EXTRA = Property.of("extra", "extra");

    @Test
    void collectionsNestedUpToTheDepthLimitAreStoredWhole() {
        assertThat(Violations.elements(null, IDS, Copies.collection(lists(Copies.MAX_DEPTH)))).isNull();
        assertThat(Violations.elements(null, IDS, Copies.collection(sets(Copies.MAX_DEPTH)))).isNull();
    }

    @Test
    void aListOrASetNestedOneLevelPastTheLimitIsCutOffThereAndReportedAtItsPath() {
        String deepest = "/ids" + "/0".repeat(Copies.MAX_DEPTH);
        for (Object tooDeep : List.of(lists(Copies.MAX_DEPTH + 1), sets(Copies.MAX_DEPTH + 1))) {
            List<Violation> found = Violations.elements(null, IDS, Copies.collection(tooDeep));

            assertThat(found).hasSize(1);
            assertThat(found.get(0).rule()).isEqualTo(Rule.UNSUPPORTED_VALUE);
            assertThat(found.get(0).wirePath()).isEqualTo(deepest);
            assertThat(found.get(0).message()).startsWith("ids nests deeper than 200 levels, or holds itself at ids[0][0]");
        }
    }

    @Test
    void aNullElementOfACollectionIsReportedAtItsIndexAndAKeyOfAnyTypeIsKept() {
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        byNumber.put(1, "a");
        byNumber.put(2, null);

        List<Violation> found = Violations.elements(null, IDS, Copies.collection(Arrays.asList(7, null)));
        List<Violation> values = Violations.elements(null, IDS, Copies.collection(byNumber));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).rule()).isEqualTo(Rule.NOT_NULL);
        assertThat(found.get(0).wirePath()).isEqualTo("/ids/1");
        assertThat(found.get(0).message()).isEqualTo("ids holds a null element at ids[1]");
        assertThat(values).hasSize(1);
        assertThat(values.get(0).wirePath()).isEqualTo("/ids/2");
        assertThat(values.get(0).propertyPath()).isEqualTo("ids[2]");
    }

    @Test
    void finiteFloatingNumbersAreJsonValuesAndNanOrAnInfinityIsNot() {
        Map<String, Object> additional = new LinkedHashMap<>();
        additional.put("d", 1.5);
        additional.put("f", 2.5f);
        additional.put("big", Double.MAX_VALUE);
        assertThat(Violations.jsonValues(null, EXTRA, Copies.jsonObject(additional))).isNull();

        additional.put("nan", Float.NaN);
        additional.put("inf", Float.NEGATIVE_INFINITY);
        additional.put("dinf", Double.POSITIVE_INFINITY);
        List<Violation> found = Violations.jsonValues(null, EXTRA, Copies.jsonObject(additional));

        assertThat(found.stream().map(Violation::wirePath).toList()).containsExactly("/nan", "/inf", "/dinf").inOrder();
        assertThat(found.get(0).rule()).isEqualTo(Rule.UNSUPPORTED_VALUE);
        assertThat(found.get(0).actual()).isEqualTo(Float.NaN);
        assertThat(found.get(0).message()).isEqualTo("extra holds NaN, which is not a JSON value at extra[nan]");
    }

    @Test
    void anAdditionalValueThatIsNoJsonValueIsNamedByItsClass() {
        Map<String, Object> additional = new LinkedHashMap<>();
        additional.put("when", Duration.ofSeconds(3));

        Violation found = Violations.jsonValues(null, EXTRA, Copies.jsonObject(additional)).get(0);

        assertThat(found.rule()).isEqualTo(Rule.UNSUPPORTED_VALUE);
        assertThat(found.wirePath()).isEqualTo("/when");
        assertThat(found.actual()).isEqualTo("java.time.Duration");
        assertThat(found.message()).isEqualTo("extra holds a java.time.Duration, which is not a JSON value at extra[when]");
    }

    @Test
    void anObjectInsideTheAdditionalPropertiesMustHaveStringKeys() {
        Map<Object, Object> inner = new LinkedHashMap<>();
        inner.put(1, "one");
        inner.put("two", 2);
        Map<String, Object> additional = new LinkedHashMap<>();
        additional.put("o", inner);

        List<Violation> found = Violations.jsonValues(null, EXTRA, Copies.jsonObject(additional));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).rule()).isEqualTo(Rule.UNSUPPORTED_VALUE);
        assertThat(found.get(0).wirePath()).isEqualTo("/o/1");
        assertThat(found.get(0).message()).isEqualTo("extra holds the key 1, which is not a string at extra[o][1]");
    }

    /** {@code 1} inside {@code depth} lists. */
    private static Object lists(int depth) {
        Object value = 1;
        for (int level = 0; level < depth; level++) {
            List<Object> list = new ArrayList<>();
            list.add(value);
            value = list;
        }
        return value;
    }

    /** {@code 1} inside {@code depth} sets. */
    private static Object sets(int depth) {
        Object value = 1;
        for (int level = 0; level < depth; level++) {
            Set<Object> set = new LinkedHashSet<>();
            set.add(value);
            value = set;
        }
        return value;
    }
}
