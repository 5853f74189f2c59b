package dev.usageschema.runtime;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How generated {@code toString} methods show values: strings quoted and escaped as in JSON, so
 * that no value can pass for another field in a log line; collections and maps with their
 * contents shown the same way.
 */
public final class Texts {

    private Texts() {
    }

    /** Adds {@code field=shown} to a {@code toString} when the property is {@code given}; an absent one is left out. */
    public static void addGiven(StringJoiner text, boolean given, String field, Object shown) {
        if (given) {
            text.add(field + "=" + shown);
        }
    }

    /** {@code value} for a log line: strings quoted, collections and maps element by element. */
    public static String show(Object value) {
        StringBuilder text = new StringBuilder();
        append(text, value, 0);
        return text.toString();
    }

    private static void append(StringBuilder text, Object value, int depth) {
        if (depth > Copies.MAX_DEPTH) {
            text.append("...");
        } else if (value instanceof CharSequence string) {
            quote(text, string);
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                append(text, entry.getKey(), depth + 1);
                text.append(": ");
                append(text, entry.getValue(), depth + 1);
                text.append(entries.hasNext() ? ", " : "");
            }
            text.append('}');
        } else if (value instanceof Collection<?> collection) {
            text.append('[');
            Iterator<?> elements = collection.iterator();
            while (elements.hasNext()) {
                append(text, elements.next(), depth + 1);
                text.append(elements.hasNext() ? ", " : "");
            }
            text.append(']');
        } else {
            text.append(value);
        }
    }

    private static void quote(StringBuilder text, CharSequence string) {
        text.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
