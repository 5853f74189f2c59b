package dev.usageschema.json;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.common.truth.Truth.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The literal judge against {@link BigDecimal} arithmetic, over every way JSON can write a number. */
class NumberLiteralTest {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Test
    void theJudgeAgreesWithExactArithmeticOnRandomNumbersInEveryNotation() {
        Random random = new Random(53);
        for (int i = 0; i < 20_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(80), random);
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            BigDecimal number = new BigDecimal(unscaled, random.nextInt(60) - 30);
            for (String literal : notations(number, random)) {
                check(literal, number);
            }
        }
    }

    @Test
    void edgesOfLongAndOfTheNotation() {
        check("9223372036854775807", new BigDecimal("9223372036854775807"));
        check("9223372036854775808", new BigDecimal("9223372036854775808"));
        check("-9223372036854775808", new BigDecimal("-9223372036854775808"));
        check("9.223372036854775807e18", new BigDecimal("9223372036854775807"));
        check("0.0", BigDecimal.ZERO);
        check("-0.0e-5", BigDecimal.ZERO);
        check("0e999999999999", BigDecimal.ZERO);
        check("1200e-2", new BigDecimal(12));
        check("1e-400", new BigDecimal("1e-400"));
        // Scaled up to the last power of ten below Long.MAX_VALUE / 10, and one digit further.
        check("922337203685477580e1", new BigDecimal("9223372036854775800"));
        check("922337203685477581e1", new BigDecimal("9223372036854775810"));
        check("-922337203685477580e1", new BigDecimal("-9223372036854775800"));
        // Zeros after the point before the first significant digit are no significant digits.
        check("0.0000000001e10", BigDecimal.ONE);
        check("0.000000000000000000001e21", BigDecimal.ONE);
        check("0.0000000000000000000012e22", new BigDecimal(12));
        assertThat(NumberLiteral.of("1e400").shape).isEqualTo(NumberLiteral.Shape.TOO_LARGE);
        assertThat(NumberLiteral.of("1e9999999999").shape).isEqualTo(NumberLiteral.Shape.TOO_LARGE);
        assertThat(NumberLiteral.of("1e-9999999999").shape).isEqualTo(NumberLiteral.Shape.FRACTION);
        for (String notFinite : List.of("NaN", "Infinity", "-Infinity", "+Infinity")) {
            assertThat(NumberLiteral.of(notFinite).shape).isEqualTo(NumberLiteral.Shape.NOT_FINITE);
        }
    }

    private static List<String> notations(BigDecimal number, Random random) {
        String plain = number.toPlainString();
        String scientific = number.toString().replace("E+", random.nextBoolean() ? "e" : "E+");
        String padded = plain.contains(".") ? plain + "000" : plain + ".000";
        return List.of(plain, scientific, padded, number.unscaledValue() + "e" + (-number.scale()));
    }

    private static void check(String literal, BigDecimal number) {
        NumberLiteral judged = NumberLiteral.of(literal);
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.signum() != 0 && stripped.scale() > 0) {
            assertWithMessage(literal).that(judged.shape).isEqualTo(NumberLiteral.Shape.FRACTION);
            return;
        }
        BigInteger whole = stripped.toBigInteger();
        if (whole.compareTo(LONG_MIN) <= 0 || whole.compareTo(LONG_MAX) > 0) {
            // Long.MIN_VALUE itself is past the magnitudes the judge holds; no count comes near it.
            assertWithMessage(literal).that(judged.shape).isEqualTo(NumberLiteral.Shape.TOO_LARGE);
            return;
        }
        assertWithMessage(literal).that(judged.shape).isEqualTo(NumberLiteral.Shape.WHOLE);
        assertWithMessage(literal).that(judged.value).isEqualTo(whole.longValueExact());
    }
}
