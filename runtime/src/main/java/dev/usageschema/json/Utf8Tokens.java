package dev.usageschema.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/**
 * The tokens of a JSON document held in UTF-8 bytes, read by the runtime itself rather than by a
 * JSON library, for the reads where the library's parser costs more than the checks: the documents
 * providers send, well-formed and plain. It reads such a document exactly as Jackson's parsers do
 * with their default features and limits, token for token and value for value (the bytes held to UTF-8
 * as the standard readers hold them), and refuses all else:
 * anything malformed, not UTF-8 or unusual (a non-finite number, a byte-order mark, nesting past
 * {@value #MAX_DEPTH} levels, a number past {@value #MAX_NUMBER_LENGTH} characters, a string past
 * {@value #MAX_STRING_BYTES} bytes) makes {@link #read} answer {@code null}, and the caller reads the
 * document with its parser, whose verdict and messages then are the one reading's. It never gives a
 * pointer ({@link #pointer()} is asked for only on the way to a {@code MALFORMED} verdict, which the
 * parser words), so it never words an error either.
 */
public final class Utf8Tokens implements JsonTokens {

    /** Deeper documents are left to the parser, whose limit (1,000 or 500 levels) is far above it. */
    static final int MAX_DEPTH = 128;
    /** Longer numbers are left to the parser, whose limit is 1,000 characters. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Longer strings are left to the parser, whose limit is 20,000,000 characters. */
    static final int MAX_STRING_BYTES = 1 << 20;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Thrown, without a stack, wherever the reading stops; {@link #read} turns it into {@code null}. */
    private static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Declined INSTANCE = new Declined();

        private Declined() {
            super(null, null, false, false);
        }
    }

    // What may come next: a value, a name, the separators around them.
    private static final int ROOT = 0;
    private static final int ROOT_DONE = 1;
    private static final int OBJECT_FIRST = 2;
    private static final int OBJECT_COLON = 3;
    private static final int OBJECT_NEXT = 4;
    private static final int ARRAY_FIRST = 5;
    private static final int ARRAY_NEXT = 6;

    private final byte[] input;
    private final int end;
    private int at;
    private int state = ROOT;
    private int depth;
    /** Bit {@code d} set when the container at depth {@code d + 1} is an array; two words for {@link #MAX_DEPTH}. */
    private long arraysLow;
    private long arraysHigh;

    private int token = END;
    /** The current name or string: its bytes between the quotes, and whether they hold an escape or non-ASCII. */
    private int textFrom;
    private int textTo;
    private boolean escaped;
    private boolean ascii;
    /** The current number: its literal's bytes, and its value when it is an integer a long holds. */
    private int numberFrom;
    private int numberTo;
    private boolean fits;
    private long value;

    private Utf8Tokens(byte[] input, int from, int to) {
        this.input = input;
        this.at = from;
        this.end = to;
    }

    /**
     * {@return what {@code read} makes of the tokens of {@code length} bytes of {@code json} from
     * {@code offset}, or {@code null} when these tokens cannot read them as Jackson would} {@code read}
     * must have no effect but its answer, which is never {@code null}: when it is declined half-way,
     * the caller reads the same document again, with its parser.
     *
     * @param json   the bytes, in UTF-8
     * @param offset where the document starts
     * @param length how many bytes it has
     * @param read   the reading, {@code tokens -> JsonReader.tryRead(tokens, schema)} for instance
     * @param <T>    its answer
     * @throws NullPointerException when {@code read} answers {@code null}
     * @throws IndexOutOfBoundsException when the range is not within {@code json}
     */
    public static <T> T read(byte[] json, int offset, int length, Function<? super JsonTokens, ? extends T> read) {
        Objects.checkFromIndexSize(offset, length, json.length);
        T answer;
        try {
            answer = read.apply(new Utf8Tokens(json, offset, offset + length));
        } catch (Declined declined) {
            return null;
        }
        return Objects.requireNonNull(answer, "a reading of Utf8Tokens answered null, which stands for declined");
    }

    private static Declined declined() {
        return Declined.INSTANCE;
    }

    @Override
    public int next() {
        skipSpace();
        token = switch (state) {
            case ROOT -> at == end ? END : value();
            case ROOT_DONE -> {
                if (at != end) {
                    // Jackson reads a second value after the first: the reader's verdict words that.
                    throw declined();
                }
                yield END;
            }
            case OBJECT_FIRST -> at < end && input[at] == '}' ? close() : fieldName();
            case OBJECT_COLON -> {
                expect(':');
                skipSpace();
                yield value();
            }
            case OBJECT_NEXT -> {
                if (at < end && input[at] == '}') {
                    yield close();
                }
                expect(',');
                skipSpace();
                yield fieldName();
            }
            case ARRAY_FIRST -> at < end && input[at] == ']' ? close() : value();
            case ARRAY_NEXT -> {
                if (at < end && input[at] == ']') {
                    yield close();
                }
                expect(',');
                skipSpace();
                yield value();
            }
            default -> throw new IllegalStateException("state " + state);
        };
        return token;
    }

    private void skipSpace() {
        while (at < end) {
            byte b = input[at];
            if (b > ' ' || b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            at++;
        }
    }

    private void expect(char separator) {
        if (at == end || input[at] != separator) {
            throw declined();
        }
        at++;
    }

    private int fieldName() {
        if (at == end || input[at] != '"') {
            throw declined();
        }
        scanString();
        state = OBJECT_COLON;
        return NAME;
    }

    private int value() {
        if (at == end) {
            throw declined();
        }
        byte b = input[at];
        switch (b) {
            case '{' -> {
                open(false);
                state = OBJECT_FIRST;
                return START_OBJECT;
            }
            case '[' -> {
                open(true);
                state = ARRAY_FIRST;
                return START_ARRAY;
            }
            case '"' -> {
                scanString();
                afterValue();
                return STRING;
            }
            case 't' -> {
                return word("true", TRUE);
            }
            case 'f' -> {
                return word("false", FALSE);
            }
            case 'n' -> {
                return word("null", NULL);
            }
            default -> {
                if (b == '-' || (b >= '0' && b <= '9')) {
                    int number = number();
                    afterValue();
                    return number;
                }
                throw declined();
            }
        }
    }

    private int word(String word, int wordToken) {
        int length = word.length();
        if (end - at < length) {
            throw declined();
        }
        for (int index = 0; index < length; index++) {
            if (input[at + index] != word.charAt(index)) {
                throw declined();
            }
        }
        // "truex" is one unknown word to Jackson, not true and then x: the next token, never read, declines.
        at += length;
        afterValue();
        return wordToken;
    }

    private void open(boolean array) {
        if (depth == MAX_DEPTH) {
            throw declined();
        }
        if (array) {
            if (depth < Long.SIZE) {
                arraysLow |= 1L << depth;
            } else {
                arraysHigh |= 1L << depth;
            }
        } else if (depth < Long.SIZE) {
            arraysLow &= ~(1L << depth);
        } else {
            arraysHigh &= ~(1L << depth);
        }
        depth++;
        at++;
    }

    private int close() {
        boolean array = input[at] == ']';
        at++;
        depth--;
        afterValue();
        return array ? END_ARRAY : END_OBJECT;
    }

    private void afterValue() {
        if (depth == 0) {
            // Jackson wants a space between root-level values and words the end of some as it
            // reads them; the reader stops after the first anyway, so only the plain cases are read here.
            if (at < end && input[at] != ' ' && input[at] != '\n' && input[at] != '\r' && input[at] != '\t') {
                throw declined();
            }
            state = ROOT_DONE;
        } else {
            int container = depth - 1;
            boolean array = ((container < Long.SIZE ? arraysLow : arraysHigh) & (1L << container)) != 0;
            state = array ? ARRAY_NEXT : OBJECT_NEXT;
        }
    }

    /**
     * Reads a string from its opening quote to past its closing one, holding it to UTF-8 and to JSON's
     * escapes; its text is decoded only when asked for. Eight plain ASCII bytes at a time, as JSON mostly is.
     */
    private void scanString() {
        int from = ++at;
        boolean sawEscape = false;
        boolean sawHigh = false;
        while (true) {
            if (end - at >= Long.BYTES && plain((long) LONGS.get(input, at))) {
                at += Long.BYTES;
                continue;
            }
            if (at == end) {
                throw declined();
            }
            byte b = input[at];
            if (b == '"') {
                break;
            }
            if (b == '\\') {
                sawEscape = true;
                at = escape(at + 1);
            } else if (b < 0) {
                int length = Utf8Input.sequence(input, at, end);
                if (length <= 0) {
                    throw declined();
                }
                sawHigh = true;
                at += length;
            } else if (b < 0x20) {
                throw declined();
            } else {
                at++;
            }
        }
        if (at - from > MAX_STRING_BYTES) {
            throw declined();
        }
        textFrom = from;
        textTo = at;
        escaped = sawEscape;
        ascii = !sawHigh;
        at++;
    }

    /**
     * {@return whether none of the eight bytes ends the string, starts an escape, is a control character
     * or is past ASCII} A byte may be flagged wrongly only after one flagged rightly: the bytes are then
     * read one by one.
     */
    private static boolean plain(long bytes) {
        long quotes = bytes ^ (ONES * '"');
        long backslashes = bytes ^ (ONES * '\\');
        long special = (quotes - ONES) & ~quotes
                | (backslashes - ONES) & ~backslashes
                | (bytes - ONES * 0x20) & ~bytes
                | bytes;
        return (special & HIGH_BITS) == 0;
    }

    /**
     * Checks the escape whose letter is at {@code letter}; {@return where the string goes on} A surrogate
     * escaped alone is declined: Jackson 3 refuses one even in a name it skips, Jackson 2 only in what is read.
     */
    private int escape(int letter) {
        if (letter == end) {
            throw declined();
        }
        switch (input[letter]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return letter + 1;
            }
            case 'u' -> {
                char unit = unit(letter);
                if (Character.isLowSurrogate(unit)) {
                    throw declined();
                }
                if (Character.isHighSurrogate(unit)) {
                    int next = letter + 5;
                    if (end - next < 6 || input[next] != '\\' || input[next + 1] != 'u'
                            || !Character.isLowSurrogate(unit(next + 1))) {
                        throw declined();
                    }
                    return next + 6;
                }
                return letter + 5;
            }
            default -> throw declined();
        }
    }

    /** {@return the UTF-16 unit of the four hex digits after the {@code u} at {@code letter}} */
    private char unit(int letter) {
        if (end - letter < 5) {
            throw declined();
        }
        int unit = 0;
        for (int at = letter + 1; at <= letter + 4; at++) {
            int digit = Character.digit(input[at], 16);
            if (digit < 0) {
                throw declined();
            }
            unit = unit << 4 | digit;
        }
        return (char) unit;
    }

    /** Reads a number as JSON spells one, with no leading zero; {@return {@link #INTEGER} or {@link #FLOAT}} */
    private int number() {
        int from = at;
        if (input[at] == '-') {
            at++;
        }
        if (at == end) {
            throw declined();
        }
        if (input[at] == '0') {
            at++;
        } else if (isDigit(input[at])) {
            skipDigits();
        } else {
            throw declined();
        }
        int integerEnd = at;
        boolean whole = true;
        if (at < end && input[at] == '.') {
            at++;
            requireDigit();
            skipDigits();
            whole = false;
        }
        if (at < end && (input[at] == 'e' || input[at] == 'E')) {
            at++;
            if (at < end && (input[at] == '+' || input[at] == '-')) {
                at++;
            }
            requireDigit();
            skipDigits();
            whole = false;
        }
        if (at - from > MAX_NUMBER_LENGTH) {
            throw declined();
        }
        numberFrom = from;
        numberTo = at;
        if (whole) {
            integer(from, integerEnd);
            return INTEGER;
        }
        fits = false;
        return FLOAT;
    }

    private void requireDigit() {
        if (at == end || !isDigit(input[at])) {
            throw declined();
        }
    }

    private void skipDigits() {
        while (at < end && isDigit(input[at])) {
            at++;
        }
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** The integer's value, when a long holds it, accumulated negative so that {@code Long.MIN_VALUE} fits. */
    private void integer(int from, int to) {
        boolean negative = input[from] == '-';
        int first = negative ? from + 1 : from;
        if (to - first <= 18) {
            // Eighteen digits never pass a long's range.
            long result = 0;
            for (int digit = first; digit < to; digit++) {
                result = result * 10 + (input[digit] - '0');
            }
            fits = true;
            value = negative ? -result : result;
            return;
        }
        long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
        long result = 0;
        fits = false;
        for (int digit = first; digit < to; digit++) {
            int d = input[digit] - '0';
            if (result < limit / 10) {
                return;
            }
            result *= 10;
            if (result < limit + d) {
                return;
            }
            result -= d;
        }
        fits = true;
        value = negative ? result : -result;
    }

    @Override
    public String name() {
        return text();
    }

    @Override
    public String string() {
        return text();
    }

    /** {@return the current name or string, decoded} Never with a lone surrogate: {@link #escape} declined those. */
    private String text() {
        if (!escaped) {
            return new String(input, textFrom, textTo - textFrom,
                    ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder(textTo - textFrom);
        int run = textFrom;
        for (int index = textFrom; index < textTo; index++) {
            if (input[index] != '\\') {
                continue;
            }
            text.append(new String(input, run, index - run, StandardCharsets.UTF_8));
            byte letter = input[index + 1];
            switch (letter) {
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append(unit(index + 1));
                    index += 4;
                }
                default -> text.append((char) letter);
            }
            index++;
            run = index + 1;
        }
        text.append(new String(input, run, textTo - run, StandardCharsets.UTF_8));
        return text.toString();
    }

    @Override
    public int nameIndex(JsonSchema<?, ?> schema) {
        if (!escaped) {
            int known = schema.wireNames().find(input, textFrom, textTo - textFrom);
            if (known != WireNameTable.UNKNOWN) {
                return known;
            }
        }
        String name = text();
        int index = schema.index(name);
        if (index >= 0) {
            schema.wireNames().learn(name, index);
        }
        return index;
    }

    @Override
    public boolean nameIs(String name) {
        if (escaped || !ascii) {
            return name.equals(text());
        }
        int length = textTo - textFrom;
        if (name.length() != length) {
            return false;
        }
        for (int index = 0; index < length; index++) {
            if (input[textFrom + index] != name.charAt(index)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean fitsLong() {
        return fits;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public String literal() {
        return new String(input, numberFrom, numberTo - numberFrom, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void skipChildren() {
        if (token != START_OBJECT && token != START_ARRAY) {
            return;
        }
        // Every token of the value is read, so that what is wrong inside it is found as the parser finds it.
        int outside = depth - 1;
        while (depth > outside) {
            next();
        }
    }

    @Override
    public String pointer() {
        throw declined();
    }
}
