package dev.usageschema.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The wire names of one schema as UTF-8 bytes, each with its property's index, so that a reader of
 * bytes finds a field without making a string of its name. Learned as names are met: a name is
 * looked up once through {@link JsonSchema#index(String)} and kept when it names a property, so the
 * table holds declared names only and stays as small as the schema. Thread-safe: readers see one
 * immutable array, replaced whole when a name is learned.
 */
final class WireNameTable {

    /** Not a name the table has learned (it may still name a property: ask the schema). */
    static final int UNKNOWN = -2;

    /** Enough for every name and alias of any schema one would write; past it, names are only looked up. */
    private static final int MAX_NAMES = 256;

    private record Name(byte[] bytes, int index) {
    }

    private volatile Name[] names = new Name[0];

    /** {@return the index of the property named by {@code length} bytes at {@code from}, or {@link #UNKNOWN}} */
    int find(byte[] input, int from, int length) {
        for (Name name : names) {
            byte[] bytes = name.bytes;
            if (bytes.length == length && same(bytes, input, from)) {
                return name.index;
            }
        }
        return UNKNOWN;
    }

    /** Whether {@code input} holds {@code name}'s bytes from {@code from}: names are short, so a plain loop. */
    private static boolean same(byte[] name, byte[] input, int from) {
        for (int index = name.length - 1; index >= 0; index--) {
            if (name[index] != input[from + index]) {
                return false;
            }
        }
        return true;
    }

    /** Keeps {@code name}, which names the property at {@code index}. */
    synchronized void learn(String name, int index) {
        Name[] known = names;
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (known.length >= MAX_NAMES || find(bytes, 0, bytes.length) != UNKNOWN) {
            return;
        }
        Name[] more = Arrays.copyOf(known, known.length + 1);
        more[known.length] = new Name(bytes, index);
        names = more;
    }
}
