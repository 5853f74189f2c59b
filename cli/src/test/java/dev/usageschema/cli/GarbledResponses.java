package dev.usageschema.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Whole OpenAI chat responses, one a line, as real traffic and broken traffic have them: the usage
 * anywhere among the fields, with or without its details, counts that add up or not, text in several
 * scripts and escapes; then garbled: cut short, bits flipped, bytes that are not UTF-8 in names and
 * values, escapes good and bad (lone surrogates), a second {@code usage}, objects named usage deeper
 * in, a byte order mark, nesting past the parser's limit, numbers past every limit, a usage that is
 * null or no object, a name spelled with an escape, JSON after the document.
 */
final class GarbledResponses {

    private static final List<String> TEXTS = List.of("The quick brown fox", "caf\u00e9 cr\u00e8me", "\u65e5\u672c\u8a9e\u306e\u6587",
            "emoji \ud83d\ude00 and more", "line\\nbreak", "quote \\\" inside", "esc\\u00e9aped", "pair \\ud83d\\ude00",
            "tab\\tand\\/slash", "", "a longer text that goes on for a while so that it spans several words of eight bytes");
    private static final List<String> HOSTILE = List.of("null", "-1", "0", "1e400", "-1e400", "12.5", "1e-400",
            "9223372036854775808", "9007199254740993", "\"12\"", "true", "false", "{}", "[]", "NaN", "Infinity",
            "-Infinity", "[[[[", "}", ",", ":", "\"\\u0000\"", "1.0e2", "-0", "00", "01", "1.", ".5", "+1", "1e", "-",
            "1e9999999999", "{\"a\":1,\"a\":2}", "-0.0", "0.1e1", "12e0", "1E+2", "tru", "nul", "truex", "\"\\x\"",
            "\"\\u12G4\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\uD83D\\uDE00\"", "\"a\tb\"", "'a'");
    /** Values a parser reads one way or another: escapes, text past ASCII, nesting, numbers of every form. */
    private static final List<String> VALUES = List.of("\"caf\u00e9\"", "\"a\\nb\\u00e9\\ud83d\\ude00\\\"\\/\"",
            "[1,{\"a\":[true,null]},\"x\",[]]", "{\"n\":{\"m\":1.5e3,\"k\":[{}]},\"\\u0041\":\"\u65e5\"}", "-9223372036854775808",
            "9223372036854775807", "-9223372036854775809", "123456789012345678901234567890", "4.5E-3", "-0e0", "0.0",
            "1e2", "2147483648", "-2147483649", "7 ", " 7", "\"\"", "{\"a~b/c\":1}");
    private static final List<byte[]> NOT_UTF8 = List.of(bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0xAF),
            bytes(0xF0, 0x80, 0x80, 0xAF), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80),
            bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80), bytes(0xFF), bytes(0x80), bytes(0xC3),
            bytes(0xE6, 0x97));
    private static final List<String> ESCAPES = List.of("\\n", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\t",
            "\\u00e9", "\\u0041", "\\uD800", "\\uDFFF", "\\uDE00\\uD83D", "\\uD83D\\uDE00", "\\uD83D", "\\uD83D\\u0041",
            "\\x", "\\u12", "\\u12G4", "\\");

    private GarbledResponses() {
    }

    /** {@return one response line, garbled or not, the usage at {@code /usage} or under {@code holder}} */
    static byte[] line(Random random, String holder) {
        byte[] line = response(random, holder).getBytes(StandardCharsets.UTF_8);
        int mutations = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextInt(3) + 1);
        for (int i = 0; i < mutations; i++) {
            line = mutate(line, random);
        }
        return line;
    }

    private static String response(Random random, String holder) {
        String usage = usage(random);
        String placed = holder == null ? "\"usage\":" + usage : "\"" + holder + "\":{\"id\":1,\"usage\":" + usage + "}";
        List<String> fields = new java.util.ArrayList<>(List.of("\"id\":\"chatcmpl-" + random.nextInt(1_000_000) + "\"",
                "\"object\":\"chat.completion\"", "\"created\":" + (1730000000 + random.nextInt(1000)),
                "\"model\":\"gpt-4o-mini\"", "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                        + TEXTS.get(random.nextInt(TEXTS.size())) + "\",\"refusal\":null},\"logprobs\":null,"
                        + "\"finish_reason\":\"stop\"}]", "\"service_tier\":\"default\"", "\"meta\":{\"usage\":{\"x\":[1,2.5e3,"
                        + "true,false,null,\"" + TEXTS.get(random.nextInt(TEXTS.size())) + "\"]}}"));
        fields.add(random.nextInt(fields.size() + 1), placed);
        String separator = random.nextInt(5) == 0 ? ", \r\n\t" : ",";
        return (random.nextInt(8) == 0 ? " { " : "{") + String.join(separator, fields) + (random.nextInt(8) == 0 ? " } " : "}");
    }

    private static String usage(Random random) {
        int prompt = random.nextInt(5000);
        int completion = random.nextInt(900);
        int total = random.nextInt(4) == 0 ? prompt + completion + 1 + random.nextInt(9) : prompt + completion;
        List<String> fields = new java.util.ArrayList<>(List.of("\"prompt_tokens\":" + prompt,
                "\"completion_tokens\":" + completion, "\"total_tokens\":" + total));
        if (random.nextBoolean()) {
            fields.add("\"prompt_tokens_details\":{\"cached_tokens\":" + random.nextInt(prompt + 2) + ",\"audio_tokens\":0}");
        }
        if (random.nextBoolean()) {
            fields.add("\"completion_tokens_details\":{\"reasoning_tokens\":" + random.nextInt(completion + 2)
                    + ",\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}");
        }
        if (random.nextInt(4) == 0) {
            fields.add("\"unknown_" + random.nextInt(3) + "\":" + VALUES.get(random.nextInt(VALUES.size())));
        }
        java.util.Collections.shuffle(fields, random);
        return "{" + String.join(random.nextInt(6) == 0 ? " , " : ",", fields) + "}";
    }

    private static byte[] mutate(byte[] line, Random random) {
        if (line.length == 0) {
            // An earlier mutation cut the line to nothing; there is no byte left to flip or break.
            return line;
        }
        String text = new String(line, StandardCharsets.ISO_8859_1);
        int at = random.nextInt(line.length + 1);
        return switch (random.nextInt(18)) {
            case 0 -> java.util.Arrays.copyOf(line, at);
            case 1 -> {
                byte[] flipped = line.clone();
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                yield flipped;
            }
            case 2 -> {
                byte[] broken = line.clone();
                broken[random.nextInt(broken.length)] = (byte) (0x80 + random.nextInt(0x80));
                yield broken;
            }
            case 3 -> insert(line, insideString(text, random), NOT_UTF8.get(random.nextInt(NOT_UTF8.size())));
            case 4 -> insert(line, insideString(text, random), ascii(ESCAPES.get(random.nextInt(ESCAPES.size()))));
            case 5 -> insert(line, insideString(text, random), ascii(String.valueOf((char) random.nextInt(0x20))));
            case 6 -> replaceValue(text, random.nextInt(text.length() + 1), HOSTILE.get(random.nextInt(HOSTILE.size())), random);
            case 7 -> replaceValue(text, random.nextInt(text.length() + 1), random.nextBoolean() ? "1" + "0".repeat(random.nextInt(1200))
                    : "0." + "1".repeat(random.nextInt(1200)) + "e-" + random.nextInt(400), random);
            case 8 -> insert(line, at, ascii(HOSTILE.get(random.nextInt(HOSTILE.size()))));
            case 9 -> insert(line, text.lastIndexOf('}') < 0 ? 0 : text.lastIndexOf('}'),
                    ascii(",\"usage\":" + (random.nextBoolean() ? "{\"total_tokens\":1}" : "null")));
            case 10 -> insert(line, 0, bytes(0xEF, 0xBB, 0xBF));
            case 11 -> {
                int depth = 1 + random.nextInt(random.nextBoolean() ? 70 : 700);
                yield replaceValue(text, random.nextInt(text.length() + 1), "[".repeat(depth) + "1" + "]".repeat(random.nextInt(4) == 0 ? depth - 1 : depth),
                        random);
            }
            case 12 -> ascii(text.replace("\"usage\":", "\"usage\":" + List.of("null", "[]", "5", "\"x\"", "{}", "true",
                    "{\"total_tokens\":1}").get(random.nextInt(7)) + ",\"was\":"));
            case 13 -> ascii(text.replace("\"usage\"", List.of("\"us\\u0061ge\"", "\"Usage\"", "\"usage \"", "\"usag\"")
                    .get(random.nextInt(4))));
            case 14 -> insert(line, line.length, ascii(List.of(" {}", "x", " ", "\r", "\t", "\u000b", "\f", "{", ",")
                    .get(random.nextInt(9))));
            case 15 -> insert(line, at, ascii(List.of(" ", "\t", "\r", "\n", "\u000b", "\f", "\u00a0").get(random.nextInt(7))));
            case 16 -> replaceValue(text, text.indexOf("\"usage\":") + 8, random.nextBoolean()
                    ? HOSTILE.get(random.nextInt(HOSTILE.size())) : VALUES.get(random.nextInt(VALUES.size())), random);
            default -> ascii(text.replace("\"prompt_tokens\":", manyUnknown(random) + "\"prompt_tokens\":"));
        };
    }

    private static String manyUnknown(Random random) {
        StringBuilder fields = new StringBuilder();
        int count = random.nextBoolean() ? random.nextInt(5) : 990 + random.nextInt(30);
        for (int i = 0; i < count; i++) {
            fields.append("\"u").append(i).append("\":").append(i).append(',');
        }
        return fields.toString();
    }

    /** A position just inside a string (a name or a value), after an opening quote. */
    private static int insideString(String text, Random random) {
        int quote = text.indexOf('"', random.nextInt(text.length() + 1));
        return quote < 0 ? Math.max(0, text.indexOf('"') + 1) : quote + 1;
    }

    /** The line with one value, after the first colon from {@code from} on, put in place of another. */
    private static byte[] replaceValue(String text, int from, String replacement, Random random) {
        int colon = text.indexOf(':', Math.max(0, from) + random.nextInt(random.nextInt(60) + 1));
        if (colon < 0) {
            return ascii(text);
        }
        int end = colon + 1;
        while (end < text.length() && ",}]{[".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return ascii(text.substring(0, colon + 1) + replacement + text.substring(end));
    }

    private static byte[] insert(byte[] line, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(line, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(line, at, line.length - at);
        return out.toByteArray();
    }

    /** Text whose chars are bytes (ISO 8859-1), back to those bytes. */
    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
