package dev.usageschema.cli;

import dev.usageschema.json.JsonTokens;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tokens of a usage object that {@link ResponseSkim} has found and judged: strict JSON, UTF-8,
 * no lone surrogate in an escape, nested less than 64 deep, numbers of at most 100 bytes. Over such
 * bytes only, it gives the tokens, names, strings and numbers a Jackson parser gives, without the
 * parser's setup for each record; it does not judge the bytes again. One object's reading, then
 * dropped.
 */
final class SkimmedTokens implements JsonTokens {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

    private final byte[] bytes;
    private final int end;
    private final NameCache names;
    private int at;
    private int token = -1;
    /** The current string's or number's bytes (a string's between its quotes). */
    private int textFrom;
    private int textTo;
    private boolean textEscaped;
    private boolean textNonAscii;
    /** The current integer, once read, and where it starts. */
    private long integer;
    private int integerAt = -1;
    /** The current field's name's bytes, and the name once asked for. */
    private int nameFrom;
    private int nameTo;
    private boolean nameEscaped;
    private boolean nameNonAscii;
    private String name;
    /** The open containers, one bit each from the outermost: set for an object. */
    private long objects;
    private int depth;
    /** Whether a field name comes next: after an object's opening and after a comma in an object. */
    private boolean nameNext;
    /** Per open container, the name of the field at hand (an object) or the element's index (an array), for {@link #pointer()}. */
    private String[] fieldNames = new String[4];
    private int[] indexes = new int[4];

    /** The tokens of the object in {@code bytes[from, to)}, which {@link ResponseSkim} has found; its plain names through {@code names}. */
    SkimmedTokens(byte[] bytes, int from, int to, NameCache names) {
        this.bytes = bytes;
        this.names = names;
        this.at = from;
        this.end = to;
    }

    @Override
    public int next() {
        whitespace();
        if (at >= end) {
            return token = END;
        }
        byte b = bytes[at];
        if (b == ',') {
            at++;
            whitespace();
            b = bytes[at];
            nameNext = inObject();
        }
        if (depth > 0 && !inObject() && b != ']') {
            indexes[depth - 1]++;
        }
        switch (b) {
            case '{' -> {
                at++;
                open(true);
                return token = START_OBJECT;
            }
            case '[' -> {
                at++;
                open(false);
                return token = START_ARRAY;
            }
            case '}' -> {
                at++;
                depth--;
                return token = END_OBJECT;
            }
            case ']' -> {
                at++;
                depth--;
                return token = END_ARRAY;
            }
            case '"' -> {
                readString();
                if (!nameNext) {
                    return token = STRING;
                }
                nameNext = false;
                nameFrom = textFrom;
                nameTo = textTo;
                nameEscaped = textEscaped;
                nameNonAscii = textNonAscii;
                name = null;
                fieldNames[depth - 1] = null;
                whitespace();
                // The colon after the name.
                at++;
                return token = NAME;
            }
            case 't' -> {
                at += 4;
                return token = TRUE;
            }
            case 'f' -> {
                at += 5;
                return token = FALSE;
            }
            case 'n' -> {
                at += 4;
                return token = NULL;
            }
            default -> {
                return token = number();
            }
        }
    }

    @Override
    public String name() {
        if (name == null) {
            name = nameEscaped || nameNonAscii ? decode(nameFrom, nameTo, nameEscaped, nameNonAscii)
                    : names.ascii(bytes, nameFrom, nameTo);
        }
        return name;
    }

    @Override
    public String string() {
        return literal();
    }

    @Override
    public boolean fitsLong() {
        return parseLong();
    }

    @Override
    public long longValue() {
        if (!parseLong()) {
            throw new IllegalStateException("the number " + literal() + " is not within a long");
        }
        return integer;
    }

    /** {@return the current token as its text, as a parser gives it: a string decoded, a number as written} */
    @Override
    public String literal() {
        return switch (token) {
            case STRING -> decode(textFrom, textTo, textEscaped, textNonAscii);
            case INTEGER, FLOAT -> new String(bytes, textFrom, textTo - textFrom, StandardCharsets.ISO_8859_1);
            case NAME -> name();
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
        if (token != START_OBJECT && token != START_ARRAY) {
            return;
        }
        int outer = depth - 1;
        while (depth > outer) {
            next();
        }
    }

    /** {@return where the current token stands in the object, as a JSON Pointer} */
    @Override
    public String pointer() {
        if (depth > 0 && inObject() && fieldNames[depth - 1] == null && token != START_OBJECT) {
            fieldNames[depth - 1] = name();
        }
        StringBuilder pointer = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            boolean object = (objects & 1L << level) != 0;
            if (object && fieldNames[level] != null) {
                pointer.append('/').append(fieldNames[level].replace("~", "~0").replace("/", "~1"));
            } else if (!object && indexes[level] > 0) {
                pointer.append('/').append(indexes[level] - 1);
            }
        }
        return pointer.toString();
    }

    private void open(boolean object) {
        if (depth > 0 && inObject()) {
            fieldNames[depth - 1] = name();
        }
        if (depth == indexes.length) {
            fieldNames = Arrays.copyOf(fieldNames, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        objects = object ? objects | 1L << depth : objects & ~(1L << depth);
        indexes[depth] = 0;
        fieldNames[depth] = null;
        depth++;
        nameNext = object;
    }

    private boolean inObject() {
        return (objects & 1L << (depth - 1)) != 0;
    }

    /** Reads the string at {@code at}: its bytes between the quotes, and whether it has escapes or bytes past ASCII. */
    private void readString() {
        textFrom = ++at;
        textEscaped = false;
        textNonAscii = false;
        while (true) {
            if (at + Long.BYTES <= end) {
                long word = (long) LONGS.get(bytes, at);
                long found = (zeroBytes(word ^ QUOTES) | zeroBytes(word ^ BACKSLASHES) | word) & HIGH_BITS;
                if (found == 0) {
                    at += Long.BYTES;
                    continue;
                }
                at += Long.numberOfTrailingZeros(found) >>> 3;
            }
            byte b = bytes[at];
            if (b == '"') {
                textTo = at++;
                return;
            }
            if (b == '\\') {
                textEscaped = true;
                at += bytes[at + 1] == 'u' ? 6 : 2;
            } else {
                textNonAscii |= b < 0;
                at++;
            }
        }
    }

    private static long zeroBytes(long word) {
        return (word - ONES) & ~word;
    }

    private int number() {
        textFrom = at;
        boolean integer = true;
        while (at < end) {
            byte b = bytes[at];
            if (b == '.' || b == 'e' || b == 'E') {
                integer = false;
            } else if (b != '-' && b != '+' && (b < '0' || b > '9')) {
                break;
            }
            at++;
        }
        textTo = at;
        return integer ? INTEGER : FLOAT;
    }

    /** Reads the current integer into {@link #integer}; false when it is past a long. */
    private boolean parseLong() {
        if (integerAt == textFrom) {
            return true;
        }
        boolean negative = bytes[textFrom] == '-';
        long value = 0;
        // Accumulated negative, as far as a long goes: Long.MIN_VALUE has no positive twin.
        for (int index = negative ? textFrom + 1 : textFrom; index < textTo; index++) {
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
        integerAt = textFrom;
        return true;
    }

    /** The text of a string's bytes: its escapes read, its UTF-8 decoded. */
    private String decode(int from, int to, boolean escaped, boolean nonAscii) {
        if (!escaped) {
            return new String(bytes, from, to - from, nonAscii ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder(to - from);
        int plain = from;
        for (int index = from; index < to; index++) {
            if (bytes[index] != '\\') {
                continue;
            }
            text.append(new String(bytes, plain, index - plain, StandardCharsets.UTF_8));
            byte escape = bytes[index + 1];
            if (escape == 'u') {
                text.append((char) Integer.parseInt(new String(bytes, index + 2, 4, StandardCharsets.ISO_8859_1), 16));
                index += 5;
            } else {
                text.append(switch (escape) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> (char) escape;
                });
                index += 1;
            }
            plain = index + 1;
        }
        text.append(new String(bytes, plain, to - plain, StandardCharsets.UTF_8));
        return text.toString();
    }

    private void whitespace() {
        while (at < end) {
            byte b = bytes[at];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            at++;
        }
    }
}
