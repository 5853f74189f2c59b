package dev.usageschema.cli;

import dev.usageschema.json.UsageSite;
import dev.usageschema.json.Utf8Input;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One quick pass over the bytes of a whole response that finds its usage object, at a pointer of
 * names ({@code /usage}, {@code /response/usage}), so that only the usage is handed to the reader. It answers only when the full reading would find the document well-formed and the usage an
 * object at that pointer: strict JSON, UTF-8, the pointer's names each once in their object, nesting,
 * names, strings and numbers well within the parser's limits. Whatever it does not judge exactly (an
 * escape in a name on the pointer's way, a lone surrogate's escape, {@code NaN}, a byte order mark, a
 * usage that is absent, {@code null} or no object, ...) is no answer, and the full reading decides.
 * Strings are skipped eight bytes at a time; the reader then reads the usage's bytes alone. Immutable
 * and thread-safe.
 */
final class ResponseSkim {

    /** Well under the parser's limits (nesting 500, numbers 1,000 digits, names 50,000 and strings 100,000,000 characters). */
    private static final int MAX_DEPTH = 64;
    private static final int MAX_NUMBER_BYTES = 100;
    private static final int MAX_NAME_BYTES = 1_000;
    private static final int MAX_STRING_BYTES = 10_000_000;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long SPACES = 0x2020202020202020L;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    /** The pointer's names, as UTF-8. */
    private final byte[][] path;

    private ResponseSkim(List<String> names) {
        this.path = new byte[names.size()][];
        for (int level = 0; level < path.length; level++) {
            path[level] = names.get(level).getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * {@return the skim of {@code site}, or {@code null} when it is not one plain pointer into the
     * document (the document itself, alternatives, a usage among the response's fields)}
     */
    static ResponseSkim of(UsageSite site) {
        List<String> pointers = site.pointers();
        if (pointers.size() != 1 || pointers.get(0).isEmpty() || !site.equals(UsageSite.at(pointers.get(0)))) {
            return null;
        }
        return new ResponseSkim(Pointers.names(pointers.get(0)));
    }

    /** Where the usage object lies in a response: {@code length} bytes from {@code from}, its braces included. */
    record Span(int from, int length) {
    }

    /**
     * {@return where the usage object lies in {@code json[from, to)}, or {@code null} for no answer: the
     * full reading decides}
     */
    Span usage(byte[] json, int from, int to) {
        Pass pass = new Pass(json, from, to);
        if (!pass.document()) {
            return null;
        }
        if (pass.nonAscii && Utf8Input.ifInvalid(json, from, to - from) != null) {
            return null;
        }
        return new Span(pass.usageFrom, pass.usageTo - pass.usageFrom);
    }

    /** The first byte in {@code word} that is a quote, a backslash, a control character or not ASCII, as its high bit. */
    private static long special(long word) {
        return (zeroBytes(word ^ QUOTES) | zeroBytes(word ^ BACKSLASHES) | word - SPACES | word) & HIGH_BITS;
    }

    /** The zero bytes of {@code word} as their high bits; exact up to the first (borrows go upward only). */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word;
    }

    /** One document's pass; false from any step is no answer. */
    private final class Pass {

        /** What follows a member or an element. */
        private static final int BROKEN = 0;
        private static final int CLOSED = 1;
        private static final int MORE = 2;

        private final byte[] bytes;
        private final int end;
        private int at;
        boolean nonAscii;
        /** Where the usage object starts and ends; -1 until it is met. */
        int usageFrom = -1;
        int usageTo = -1;
        /** Whether the last string read held an escape. */
        private boolean escaped;

        Pass(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.at = from;
            this.end = to;
        }

        boolean document() {
            whitespace();
            if (at >= end || bytes[at] != '{' || !object(0, 0)) {
                return false;
            }
            whitespace();
            return at == end && usageFrom >= 0;
        }

        /**
         * Reads the object at {@code at}.
         *
         * @param depth how many containers hold it
         * @param level the pointer's name its fields are matched against; -1 off the pointer's way
         */
        private boolean object(int depth, int level) {
            if (depth >= MAX_DEPTH) {
                return false;
            }
            if (opensEmpty((byte) '}')) {
                return true;
            }
            boolean taken = false;
            while (true) {
                if (at >= end || bytes[at] != '"') {
                    return false;
                }
                int nameFrom = at + 1;
                if (!string(MAX_NAME_BYTES)) {
                    return false;
                }
                // A name with an escape may spell the pointer's name: not compared, no answer.
                if (level >= 0 && escaped) {
                    return false;
                }
                boolean onPointer = level >= 0 && named(path[level], nameFrom, at - 1);
                whitespace();
                if (at >= end || bytes[at] != ':') {
                    return false;
                }
                at++;
                whitespace();
                if (onPointer) {
                    // A second field of the name, and a value that is no object, are the full reading's to word.
                    if (taken || at >= end || bytes[at] != '{') {
                        return false;
                    }
                    taken = true;
                    if (level == path.length - 1) {
                        usageFrom = at;
                        if (!object(depth + 1, -1)) {
                            return false;
                        }
                        usageTo = at;
                    } else if (!object(depth + 1, level + 1)) {
                        return false;
                    }
                } else if (!value(depth + 1)) {
                    return false;
                }
                int after = afterMember((byte) '}');
                if (after != MORE) {
                    return after == CLOSED;
                }
            }
        }

        private boolean array(int depth) {
            if (depth >= MAX_DEPTH) {
                return false;
            }
            if (opensEmpty((byte) ']')) {
                return true;
            }
            while (true) {
                if (!value(depth + 1)) {
                    return false;
                }
                int after = afterMember((byte) ']');
                if (after != MORE) {
                    return after == CLOSED;
                }
            }
        }

        /** Steps into the container at {@code at}; {@return whether {@code close} ends it at once} (then taken). */
        private boolean opensEmpty(byte close) {
            at++;
            whitespace();
            if (at < end && bytes[at] == close) {
                at++;
                return true;
            }
            return false;
        }

        /** After a member or an element: the container's {@code close} or a comma, taken; anything else is broken. */
        private int afterMember(byte close) {
            whitespace();
            if (at >= end || bytes[at] != close && bytes[at] != ',') {
                return BROKEN;
            }
            boolean closes = bytes[at] == close;
            at++;
            if (closes) {
                return CLOSED;
            }
            whitespace();
            return MORE;
        }

        private boolean value(int depth) {
            if (at >= end) {
                return false;
            }
            return switch (bytes[at]) {
                case '{' -> object(depth, -1);
                case '[' -> array(depth);
                case '"' -> string(MAX_STRING_BYTES);
                case 't' -> literal(TRUE);
                case 'f' -> literal(FALSE);
                case 'n' -> literal(NULL);
                default -> number();
            };
        }

        /** Reads the string at {@code at}, of at most {@code limit} bytes between its quotes. */
        private boolean string(int limit) {
            int from = ++at;
            escaped = false;
            while (true) {
                if (at + Long.BYTES <= end) {
                    long found = special((long) LONGS.get(bytes, at));
                    if (found == 0) {
                        at += Long.BYTES;
                        continue;
                    }
                    at += Long.numberOfTrailingZeros(found) >>> 3;
                }
                if (at >= end) {
                    return false;
                }
                byte b = bytes[at];
                if (b == '"') {
                    at++;
                    return at - 1 - from <= limit;
                }
                if (b == '\\') {
                    escaped = true;
                    if (!escape()) {
                        return false;
                    }
                } else if (b >= 0 && b < 0x20) {
                    return false;
                } else {
                    if (b < 0) {
                        nonAscii = true;
                    }
                    at++;
                }
            }
        }

        /** Reads the escape at {@code at}; a lone surrogate's is no answer, for the reader words it where it reads it. */
        private boolean escape() {
            if (at + 1 >= end) {
                return false;
            }
            switch (bytes[at + 1]) {
                case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                    at += 2;
                    return true;
                }
                case 'u' -> {
                    int unit = hex(at + 2);
                    if (unit < 0 || unit >= 0xDC00 && unit <= 0xDFFF) {
                        return false;
                    }
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        int low = at + 8 <= end && bytes[at + 6] == '\\' && bytes[at + 7] == 'u' ? hex(at + 8) : -1;
                        if (low < 0xDC00 || low > 0xDFFF) {
                            return false;
                        }
                        at += 6;
                    }
                    at += 6;
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        /** {@return the four hex digits at {@code from} as a number, or -1} */
        private int hex(int from) {
            if (from + 4 > end) {
                return -1;
            }
            int unit = 0;
            for (int index = from; index < from + 4; index++) {
                int digit = Character.digit(bytes[index], 16);
                if (digit < 0) {
                    return -1;
                }
                unit = unit << 4 | digit;
            }
            return unit;
        }

        /** Reads a number as JSON spells it, strictly: no leading zero, no {@code NaN}, no sign but minus. */
        private boolean number() {
            int from = at;
            if (bytes[at] == '-') {
                at++;
            }
            if (at < end && bytes[at] == '0') {
                at++;
            } else if (!digits()) {
                return false;
            }
            if (at < end && bytes[at] == '.') {
                at++;
                if (!digits()) {
                    return false;
                }
            }
            if (at < end && (bytes[at] == 'e' || bytes[at] == 'E')) {
                at++;
                if (at < end && (bytes[at] == '+' || bytes[at] == '-')) {
                    at++;
                }
                if (!digits()) {
                    return false;
                }
            }
            return at - from <= MAX_NUMBER_BYTES;
        }

        /** Reads one digit or more. */
        private boolean digits() {
            int from = at;
            while (at < end && bytes[at] >= '0' && bytes[at] <= '9') {
                at++;
            }
            return at > from;
        }

        private boolean literal(byte[] word) {
            if (at + word.length > end) {
                return false;
            }
            for (int index = 0; index < word.length; index++) {
                if (bytes[at + index] != word[index]) {
                    return false;
                }
            }
            at += word.length;
            return true;
        }

        private boolean named(byte[] name, int from, int to) {
            if (to - from != name.length) {
                return false;
            }
            for (int index = 0; index < name.length; index++) {
                if (bytes[from + index] != name[index]) {
                    return false;
                }
            }
            return true;
        }

        private void whitespace() {
            // Mostly there is none: one look.
            if (at < end && bytes[at] > ' ') {
                return;
            }
            while (at < end) {
                byte b = bytes[at];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return;
                }
                at++;
            }
        }
    }
}
