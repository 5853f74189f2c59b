package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code BigDecimal} or {@code BigInteger} property (a provider's cost) in JSON, through both
 * Jackson majors: the number its literal writes, never the {@code double} nearest it, written back
 * as it was; anything else at its path.
 */
class ExactNumbersTest {

    static Stream<JsonBackend> majors() {
        return Stream.of(JsonBackend.JACKSON_2, JsonBackend.JACKSON_3);
    }

    private static List<String> rulesAt(List<Violation> violations) {
        return violations.stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("majors")
    void anExactNumberIsTheValueItsLiteralWritesAndIsWrittenBackTheSame(JsonBackend json) {
        String text = "{\"tokens\":3,\"cost\":0.000582,\"sequence\":123456789012345678901234567890}";

        ImmutablePricedUsage usage = json.read(text, ImmutablePricedUsage.jsonSchema());

        assertThat(usage.cost()).hasValue(new BigDecimal("0.000582"));
        assertThat(usage.sequence()).hasValue(new BigInteger("123456789012345678901234567890"));
        assertThat(json.write(usage, ImmutablePricedUsage.jsonSchema())).isEqualTo(text);
        assertThat(json.read("{\"tokens\":3,\"cost\":1e400,\"sequence\":12}", ImmutablePricedUsage.jsonSchema()).cost())
                .hasValue(new BigDecimal("1e400"));
        assertThat(json.read("{\"tokens\":3,\"cost\":2}", ImmutablePricedUsage.jsonSchema()).cost())
                .hasValue(new BigDecimal("2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("majors")
    void aWholeNumberWrittenWithAFractionOrAnExponentIsABigIntegerAsItIsALongCount(JsonBackend json) {
        for (String literal : List.of("1e3", "1E+3", "1.5e3", "1000.000", "100000e-2", "0.1e4")) {
            assertThat(json.read("{\"tokens\":1000,\"sequence\":" + literal + "}", ImmutablePricedUsage.jsonSchema())
                    .sequence()).hasValue(BigInteger.valueOf(literal.equals("1.5e3") ? 1500 : 1000));
        }
        assertThat(json.read("{\"tokens\":0,\"sequence\":0e-99}", ImmutablePricedUsage.jsonSchema()).sequence())
                .hasValue(BigInteger.ZERO);
        assertThat(json.read("{\"tokens\":1,\"sequence\":-2.5e1}", ImmutablePricedUsage.jsonSchema()).sequence())
                .hasValue(BigInteger.valueOf(-25));
        assertThat(rulesAt(json.tryRead("{\"tokens\":3,\"sequence\":1.5e-1}", ImmutablePricedUsage.jsonSchema())
                .violations())).containsExactly("WHOLE_NUMBER /sequence");
        assertThat(rulesAt(json.tryRead("{\"tokens\":3,\"sequence\":1e100000000}", ImmutablePricedUsage.jsonSchema())
                .violations())).containsExactly("NUMBER_RANGE /sequence");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("majors")
    void whatIsNotSuchANumberIsAViolationAtItsPath(JsonBackend json) {
        assertThat(rulesAt(json.tryRead("{\"tokens\":3,\"cost\":\"0.1\"}", ImmutablePricedUsage.jsonSchema()).violations()))
                .containsExactly("JSON_TYPE /cost");
        assertThat(rulesAt(json.tryRead("{\"tokens\":3,\"cost\":NaN}", ImmutablePricedUsage.jsonSchema()).violations()))
                .containsExactly("FINITE /cost");
        assertThat(rulesAt(json.tryRead("{\"tokens\":3,\"cost\":{}}", ImmutablePricedUsage.jsonSchema()).violations()))
                .containsExactly("JSON_TYPE /cost");
        assertThat(rulesAt(json.tryRead("{\"tokens\":3,\"sequence\":1.5}", ImmutablePricedUsage.jsonSchema())
                .violations())).containsExactly("WHOLE_NUMBER /sequence");
        assertThat(rulesAt(json.tryRead("{\"tokens\":3,\"cost\":null}", ImmutablePricedUsage.jsonSchema())
                .violations())).containsExactly("NOT_NULL /cost");
    }
}
