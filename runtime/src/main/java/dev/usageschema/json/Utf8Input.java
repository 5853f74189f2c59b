package dev.usageschema.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Bytes on their way to a JSON parser, held to UTF-8 (RFC 3629). Jackson reads some byte sequences
 * that are not UTF-8 as text: an overlong {@code C0 AF} as {@code /}, a surrogate's encoding
 * {@code ED A0 80} as a lone surrogate, {@code F4 90 80 80} past U+10FFFF and the {@code F5} lead
 * bytes as two. This stream hands the parser the first sequence that is not UTF-8 as {@code 0xFF}
 * bytes, which no JSON text holds, so that the parser stops exactly there, at the path of the
 * string or name it is in, and {@link #firstInvalid()} says what the bytes were. What follows it
 * passes unchecked: the parser reads no further.
 */
public final class Utf8Input extends InputStream {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    /** The next byte to hand out. */
    private int start;
    /** The bytes before this one are checked; those from it to {@link #end} wait for the rest of their sequence. */
    private int checked;
    private int end;
    private boolean ended;
    /** The stream offset of {@code buffer[0]}. */
    private long offset;
    private String invalid;
    private long invalidAt = -1;

    private Utf8Input(InputStream in) {
        this.in = in;
    }

    /**
     * {@return {@code in}, checked as it is read}
     * @param in the bytes
     */
    public static Utf8Input checking(InputStream in) {
        return in instanceof Utf8Input checked ? checked : new Utf8Input(Objects.requireNonNull(in, "in"));
    }

    /**
     * {@return {@code null} when the bytes are UTF-8, which is then all a parser needs; else the bytes
     * as a checked stream}
     * @param bytes  the array
     * @param from   the first byte
     * @param length how many bytes
     */
    public static Utf8Input ifInvalid(byte[] bytes, int from, int length) {
        Objects.checkFromIndexSize(from, length, bytes.length);
        return firstInvalid(bytes, from, from + length) < 0 ? null
                : new Utf8Input(new ByteArrayInputStream(bytes, from, length));
    }

    /**
     * {@return what the first sequence that is not UTF-8 was and where it stood, or {@code null}
     * while the bytes read so far are UTF-8}: {@code invalid UTF-8 at byte offset 64: C0 AF, an overlong
     * encoding of U+002F}
     */
    public String firstInvalid() {
        return invalid;
    }

    /** {@return the offset in the stream of the first sequence that is not UTF-8, or -1 while there is none} */
    public long firstInvalidOffset() {
        return invalidAt;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int at, int length) throws IOException {
        Objects.checkFromIndexSize(at, length, into.length);
        if (length == 0) {
            return 0;
        }
        while (start == checked) {
            if (ended && start == end) {
                return -1;
            }
            if (!ended) {
                fill();
            }
            check();
        }
        int count = Math.min(length, checked - start);
        System.arraycopy(buffer, start, into, at, count);
        start += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads more after the bytes not handed out yet, which are at most the three of a sequence begun. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            offset += start;
            checked -= start;
            end -= start;
            start = 0;
        }
        int count = in.read(buffer, end, buffer.length - end);
        if (count == 0) {
            // Asked for bytes, a stream gives some or says it ended; reading again would spin.
            throw new IOException("the stream gave no bytes and did not end: " + in);
        }
        if (count < 0) {
            ended = true;
        } else {
            end += count;
        }
    }

    private void check() {
        int at = checked;
        while (invalid == null && at < end) {
            if (buffer[at] >= 0) {
                at++;
                continue;
            }
            int length = sequence(buffer, at, end);
            if (length > 0) {
                at += length;
            } else if (!ended && end - at < 4) {
                // The rest of the sequence, or the bytes that say what it is, are still to come (a
                // sequence cut short by the bytes so far is shorter than four).
                break;
            } else {
                int bad = length == 0 ? end - at : -length;
                invalid = "invalid UTF-8 at byte offset " + (offset + at) + ": " + describe(buffer, at, end);
                invalidAt = offset + at;
                Arrays.fill(buffer, at, at + bad, (byte) 0xFF);
            }
        }
        checked = invalid == null ? at : end;
    }

    /**
     * {@return the offset of the first sequence in {@code bytes[from, to)} that is not UTF-8, or -1 when
     * they are UTF-8} Eight ASCII bytes at a time, as JSON mostly is.
     */
    static int firstInvalid(byte[] bytes, int from, int to) {
        int at = from;
        while (at < to) {
            if (at + Long.BYTES <= to && ((long) LONGS.get(bytes, at) & HIGH_BITS) == 0) {
                at += Long.BYTES;
            } else if (bytes[at] >= 0) {
                at++;
            } else {
                int length = sequence(bytes, at, to);
                if (length <= 0) {
                    return at;
                }
                at += length;
            }
        }
        return -1;
    }

    /**
     * Reads the multi-byte sequence at {@code at} (RFC 3629, table of well-formed sequences).
     *
     * @return its length when it is UTF-8; 0 when {@code to} cuts short a sequence that is UTF-8 so
     *         far; else minus the length of the part that is not (at least its lead byte)
     */
    static int sequence(byte[] bytes, int at, int to) {
        int lead = bytes[at] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        for (int index = 1; index < length; index++) {
            if (at + index >= to) {
                return 0;
            }
            int next = bytes[at + index] & 0xFF;
            if (next < (index == 1 ? low : 0x80) || next > (index == 1 ? high : 0xBF)) {
                return -index;
            }
        }
        return length;
    }

    /** What the bytes at {@code at} are, which are not UTF-8; {@code to} is the end of the input or four bytes on. */
    static String describe(byte[] bytes, int at, int to) {
        int lead = bytes[at] & 0xFF;
        int length = lead >= 0xF8 || lead < 0xC0 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        int given = 1;
        while (given < length && at + given < to && (bytes[at + given] & 0xC0) == 0x80) {
            given++;
        }
        String shown = hex(bytes, at, given);
        if (lead >= 0x80 && lead < 0xC0) {
            return shown + ", a continuation byte with no lead byte before it";
        }
        if (lead >= 0xF8) {
            return shown + ", a byte that UTF-8 never holds";
        }
        if (given < length) {
            return shown + (at + given < to ? " then " + hex(bytes, at + given, 1) : " at the end of the input")
                    + ", a sequence cut short";
        }
        int code = lead & (0x7F >> length);
        for (int index = 1; index < length; index++) {
            code = code << 6 | bytes[at + index] & 0x3F;
        }
        String point = String.format(Locale.ROOT, "U+%04X", code);
        if (code >= 0xD800 && code <= 0xDFFF) {
            return shown + ", the encoding of the surrogate " + point + ", which is not a character";
        }
        if (code > 0x10FFFF) {
            return shown + ", " + point + ", past U+10FFFF";
        }
        return shown + ", an overlong encoding of " + point;
    }

    private static String hex(byte[] bytes, int at, int count) {
        StringBuilder text = new StringBuilder();
        for (int index = at; index < at + count; index++) {
            text.append(index > at ? " " : "").append(String.format(Locale.ROOT, "%02X", bytes[index] & 0xFF));
        }
        return text.toString();
    }
}
