package dev.usageschema.json;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime's own tokens on their own: the tokens and values of plain JSON, and every kind of
 * input they leave to the parser (the examples' OwnTokensFuzzTest holds them to Jackson's readings).
 */
class Utf8TokensTest {

    /** Every token of {@code json} as text, or {@code null} when the tokens decline it. */
    private static List<String> tokens(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return Utf8Tokens.read(bytes, 0, bytes.length, tokens -> {
            List<String> seen = new ArrayList<>();
            for (int token = tokens.next(); token != JsonTokens.END; token = tokens.next()) {
                seen.add(switch (token) {
                    case JsonTokens.NAME -> "name " + tokens.name();
                    case JsonTokens.STRING -> "string " + tokens.string();
                    case JsonTokens.INTEGER -> "integer " + tokens.literal()
                            + (tokens.fitsLong() ? " = " + tokens.longValue() : " (past a long)");
                    case JsonTokens.FLOAT -> "float " + tokens.literal();
                    case JsonTokens.START_OBJECT -> "an object";
                    case JsonTokens.END_OBJECT -> "the end of an object";
                    case JsonTokens.START_ARRAY -> "an array";
                    case JsonTokens.END_ARRAY -> "the end of an array";
                    case JsonTokens.TRUE -> "true";
                    case JsonTokens.FALSE -> "false";
                    case JsonTokens.NULL -> "null";
                    default -> throw new AssertionError("token " + token);
                });
            }
            return seen;
        });
    }

    @Test
    void plainJsonGivesItsTokensAndValues() {
        assertThat(tokens(" {\"a\" : [1, -0, 2.5e-3, true, false, null, {}],\n\t\"b\\u00e9\\n\":\"x\\\"\\\\\\/y\","
                + "\"\\uD83D\\uDE00\":\"é😀\"} "))
                .containsExactly("an object", "name a", "an array", "integer 1 = 1", "integer -0 = 0", "float 2.5e-3",
                        "true", "false", "null", "an object", "the end of an object", "the end of an array",
                        "name bé\n", "string x\"\\/y", "name 😀", "string é😀", "the end of an object")
                .inOrder();
    }

    @Test
    void integersFitALongUpToItsBounds() {
        assertThat(tokens("[9223372036854775807,-9223372036854775808,9223372036854775808,-9223372036854775809,"
                + "123456789012345678,1234567890123456789012]"))
                .containsExactly("an array", "integer 9223372036854775807 = 9223372036854775807",
                        "integer -9223372036854775808 = -9223372036854775808",
                        "integer 9223372036854775808 (past a long)", "integer -9223372036854775809 (past a long)",
                        "integer 123456789012345678 = 123456789012345678",
                        "integer 1234567890123456789012 (past a long)", "the end of an array")
                .inOrder();
    }

    @Test
    void longStringsAreReadEightBytesAtATimeAndStopAtTheirQuote() {
        String text = "abcdefgh".repeat(9) + "é" + "ijklmnop".repeat(3);
        assertThat(tokens("{\"" + text + "\":\"" + text + "\\t" + text + "\"}"))
                .containsExactly("an object", "name " + text, "string " + text + "\t" + text, "the end of an object")
                .inOrder();
        assertThat(tokens("")).isEmpty();
        assertThat(tokens(" \n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":+1}", "{\"a\":NaN}",
        "{\"a\":-Infinity}", "{\"a\":1,}", "[1,]", "{,}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{'a':1}", "{a:1}",
        "{\"a\":tru}", "{\"a\":truex}", "{\"a\":nul}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\u12\"}",
        "{\"a\":\"\\uD800\"}", "{\"a\":\"\\uDC00\\uD800\"}", "{\"\\uDFFFb\":1}", "{\"a\":\"\u0001\"}", "{\"a\":\"x",
        "{\"a\":1", "{\"a\":[1,2}", "[1}", "{} {}", "{}x", "12.5{}", "\"a\"b", "\ufeff{}", "{\"a\":1}/*c*/",
        "{\"a\":1}\u0000", "{\"a\"\u00a0:1}"})
    void whatIsNotPlainJsonIsLeftToTheParser(String json) {
        assertThat(tokens(json)).isNull();
    }

    @Test
    void bytesThatAreNotUtf8AreLeftToTheParser() {
        for (byte[] notUtf8 : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2,
                (byte) 0x82})) {
            byte[] json = new byte[notUtf8.length + 8];
            byte[] before = "{\"a\":\"".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(before, 0, json, 0, before.length);
            System.arraycopy(notUtf8, 0, json, before.length, notUtf8.length);
            json[before.length + notUtf8.length] = '"';
            json[before.length + notUtf8.length + 1] = '}';
            assertThat(Utf8Tokens.<String>read(json, 0, before.length + notUtf8.length + 2, tokens -> {
                while (tokens.next() != JsonTokens.END) {
                    tokens.literal();
                }
                return "read";
            })).isNull();
        }
    }

    @Test
    void nestingPastItsLimitIsLeftToTheParser() {
        String deepest = "[".repeat(Utf8Tokens.MAX_DEPTH) + "]".repeat(Utf8Tokens.MAX_DEPTH);
        assertThat(tokens(deepest)).hasSize(2 * Utf8Tokens.MAX_DEPTH);
        assertThat(tokens("[" + deepest + "]")).isNull();
    }

    @Test
    void skippingAValueReadsEveryTokenOfIt() {
        byte[] broken = "{\"a\":{\"b\":[1,{\"c\":01}]},\"d\":2}".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Tokens.<String>read(broken, 0, broken.length, tokens -> {
            tokens.next();
            tokens.next();
            tokens.next();
            tokens.skipChildren();
            return "skipped";
        })).isNull();
        byte[] plain = "{\"a\":{\"b\":[1,{\"c\":0}]},\"d\":2}".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Tokens.<String>read(plain, 0, plain.length, tokens -> {
            tokens.next();
            tokens.next();
            tokens.next();
            tokens.skipChildren();
            tokens.next();
            return tokens.name();
        })).isEqualTo("d");
    }

    @Test
    void aNameIsToldWithoutAStringOfItEscapedOrNot() {
        byte[] json = "{\"usage\":1,\"us\\u0061ge\":2,\"usagé\":3,\"usag\":4}".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Tokens.<List<Boolean>>read(json, 0, json.length, tokens -> {
            List<Boolean> usage = new ArrayList<>();
            for (int token = tokens.next(); token != JsonTokens.END; token = tokens.next()) {
                if (token == JsonTokens.NAME) {
                    usage.add(tokens.nameIs("usage"));
                    usage.add(tokens.nameIs("usagé"));
                }
            }
            return usage;
        })).containsExactly(true, false, true, false, false, true, false, false).inOrder();
    }

    @Test
    void aReadingMayNotAnswerNullWhichStandsForDeclined() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> Utf8Tokens.read(json, 0, json.length, tokens -> null));
    }

    @Test
    void aRangeOutsideTheBytesIsRefusedBeforeAnyIsRead() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                () -> Utf8Tokens.read(json, 1, 5, JsonTokens::next));
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                () -> Utf8Tokens.read(json, -1, 2, JsonTokens::next));
    }

    @Test
    void aPointerIsNeverWordedHere() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Tokens.<String>read(json, 0, json.length, JsonTokens::pointer)).isNull();
    }
}
