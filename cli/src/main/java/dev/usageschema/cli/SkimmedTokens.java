package dev.usageschema.cli;

import dev.usageschema.json.JsonTokens;
import java.nio.charset.StandardCharsets;

/**
 * The tokens of a usage object that {@link ResponseSkim} has judged (strict JSON, UTF-8, no lone
 * surrogate in an escape, numbers of at most 100 bytes) and put on its {@link Tape}: the tokens,
 * names, strings and numbers a Jackson parser gives over those bytes, replayed from the tape without
 * reading the bytes again but for the text asked for. One object's reading, then dropped.
 */
final class SkimmedTokens implements JsonTokens {

    private final byte[] bytes;
    private final Tape tape;
    private final NameCache names;
    /** The current token's index on the tape; the tape's size at the end. */
    private int current = -1;
    private int token = -1;
    /** The last field name's index on the tape. */
    private int lastName = -1;
    /** The current integer, once read, and the token it was read from. */
    private long integer;
    private int integerOf = -1;

    /**
     * @param bytes the record's bytes
     * @param tape  the usage's tokens in them
     * @param names the names read lately, for plain names
     */
    SkimmedTokens(byte[] bytes, Tape tape, NameCache names) {
        this.bytes = bytes;
        this.tape = tape;
        this.names = names;
    }

    @Override
    public int next() {
        if (current + 1 >= tape.size()) {
            current = tape.size();
            return token = END;
        }
        token = tape.token(++current);
        if (token == NAME) {
            lastName = current;
        }
        return token;
    }

    @Override
    public String name() {
        return lastName < 0 ? null : text(lastName);
    }

    @Override
    public String string() {
        return literal();
    }

    @Override
    public boolean fitsLong() {
        return readLong();
    }

    @Override
    public long longValue() {
        if (!readLong()) {
            throw new IllegalStateException("the number " + literal() + " is not within a long");
        }
        return integer;
    }

    /** {@return the current token as its text, as a parser gives it: a string decoded, a number as written} */
    @Override
    public String literal() {
        return switch (token) {
            case STRING, NAME -> text(current);
            case INTEGER, FLOAT ->
                    new String(bytes, tape.from(current), tape.to(current) - tape.from(current), StandardCharsets.ISO_8859_1);
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "null";
            case START_OBJECT -> "{";
            case END_OBJECT -> "}";
            case START_ARRAY -> "[";
            case END_ARRAY -> "]";
            default -> null;
        };
    }

    @Override
    public void skipChildren() {
        if (token == START_OBJECT || token == START_ARRAY) {
            current = tape.closing(current);
            token = tape.token(current);
        }
    }

    /** {@return where the current token stands in the object, as a JSON Pointer} Replays the tape up to it. */
    @Override
    public String pointer() {
        int last = Math.min(current, tape.size() - 1);
        int[] at = new int[last + 2];
        boolean[] object = new boolean[last + 2];
        int depth = 0;
        for (int index = 0; index <= last; index++) {
            int kind = tape.token(index);
            if (depth > 0 && !object[depth - 1] && kind != END_ARRAY) {
                at[depth - 1]++;
            }
            switch (kind) {
                case START_OBJECT, START_ARRAY -> {
                    object[depth] = kind == START_OBJECT;
                    at[depth] = kind == START_OBJECT ? -1 : 0;
                    depth++;
                }
                case END_OBJECT, END_ARRAY -> depth--;
                case NAME -> at[depth - 1] = index;
                default -> {
                    // A value: its place is counted above.
                }
            }
        }
        StringBuilder pointer = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            if (object[level] && at[level] >= 0) {
                pointer.append('/').append(text(at[level]).replace("~", "~0").replace("/", "~1"));
            } else if (!object[level] && at[level] > 0) {
                pointer.append('/').append(at[level] - 1);
            }
        }
        return pointer.toString();
    }

    /** Reads the current integer into {@link #integer}; false when it is past a long. */
    private boolean readLong() {
        if (integerOf == current) {
            return true;
        }
        int from = tape.from(current);
        int to = tape.to(current);
        boolean negative = bytes[from] == '-';
        long value = 0;
        // Accumulated negative, as far as a long goes: Long.MIN_VALUE has no positive twin.
        for (int index = negative ? from + 1 : from; index < to; index++) {
            int digit = bytes[index] - '0';
            if (value < (Long.MIN_VALUE + digit) / 10) {
                return false;
            }
            value = value * 10 - digit;
        }
        if (!negative && value == Long.MIN_VALUE) {
            return false;
        }
        integer = negative ? value : -value;
        integerOf = current;
        return true;
    }

    /** The text of the string or name at {@code index}: its escapes read, its UTF-8 decoded. */
    private String text(int index) {
        int from = tape.from(index);
        int to = tape.to(index);
        boolean nonAscii = tape.has(index, Tape.NON_ASCII);
        if (!tape.has(index, Tape.ESCAPED)) {
            if (nonAscii) {
                return new String(bytes, from, to - from, StandardCharsets.UTF_8);
            }
            return tape.token(index) == NAME ? names.ascii(bytes, from, to)
                    : new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder(to - from);
        int plain = from;
        for (int at = from; at < to; at++) {
            if (bytes[at] != '\\') {
                continue;
            }
            text.append(new String(bytes, plain, at - plain, StandardCharsets.UTF_8));
            byte escape = bytes[at + 1];
            if (escape == 'u') {
                text.append((char) Integer.parseInt(new String(bytes, at + 2, 4, StandardCharsets.ISO_8859_1), 16));
                at += 5;
            } else {
                text.append(switch (escape) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> (char) escape;
                });
                at += 1;
            }
            plain = at + 1;
        }
        text.append(new String(bytes, plain, to - plain, StandardCharsets.UTF_8));
        return text.toString();
    }
}
