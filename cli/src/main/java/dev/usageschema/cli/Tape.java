package dev.usageschema.cli;

import java.util.Arrays;

/**
 * The tokens of one usage object as {@link ResponseSkim} met them, three ints each: the token (a
 * {@link dev.usageschema.json.JsonTokens} constant) with what its text holds, then where its text
 * starts and ends in the record's bytes (a string's between its quotes); an object's or an array's
 * opening has, in place of its end, the index of its closing token. One record's, read once.
 */
final class Tape {

    /** A string or a name with an escape in it. */
    static final int ESCAPED = 1 << 8;
    /** A string or a name with bytes past ASCII in it. */
    static final int NON_ASCII = 1 << 9;
    private static final int KIND = 0xFF;

    private int[] entries = new int[3 * 48];
    private int size;

    /** {@return the index of the token added} */
    int add(int token, int from, int to) {
        if (3 * size == entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[3 * size] = token;
        entries[3 * size + 1] = from;
        entries[3 * size + 2] = to;
        return size++;
    }

    /** Notes at the opening {@code open} of a container that its closing is {@code close}. */
    void closes(int open, int close) {
        entries[3 * open + 2] = close;
    }

    int size() {
        return size;
    }

    int token(int index) {
        return entries[3 * index] & KIND;
    }

    boolean has(int index, int flag) {
        return (entries[3 * index] & flag) != 0;
    }

    int from(int index) {
        return entries[3 * index + 1];
    }

    int to(int index) {
        return entries[3 * index + 2];
    }

    /** {@return the index of the closing token of the container that {@code open} opens} */
    int closing(int open) {
        return entries[3 * open + 2];
    }
}
