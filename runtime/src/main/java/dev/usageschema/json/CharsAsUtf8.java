package dev.usageschema.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Characters as their UTF-8 bytes, for a stream of events given as a {@link Reader}. A lone
 * surrogate, which no UTF-8 holds, is written as the three bytes that would encode it, which the
 * UTF-8 check of the parser's input ({@link Utf8Input}) then names, so that its event is unreadable
 * rather than holding a {@code ?} in its place.
 */
final class CharsAsUtf8 extends InputStream {

    private final Reader in;
    private final char[] chars = new char[4096];
    private int position;
    private int limit;
    private final byte[] pending = new byte[4];
    private int pendingAt;
    private int pendingLength;

    CharsAsUtf8(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int at, int length) throws IOException {
        int count = 0;
        while (count < length) {
            if (pendingAt < pendingLength) {
                into[at + count++] = pending[pendingAt++];
                continue;
            }
            if (position == limit && (count > 0 || !fill())) {
                break;
            }
            encode();
        }
        return count == 0 && length > 0 ? -1 : count;
    }

    /** Reads more characters, keeping a high surrogate at the end with the low one after it; {@code false} at the end. */
    private boolean fill() throws IOException {
        int kept = 0;
        if (position < limit) {
            chars[0] = chars[position];
            kept = 1;
        }
        int count = in.read(chars, kept, chars.length - kept);
        position = 0;
        limit = kept + Math.max(count, 0);
        return limit > 0;
    }

    /** Encodes the next character, or surrogate pair, into {@link #pending}. */
    private void encode() throws IOException {
        char c = chars[position];
        if (Character.isHighSurrogate(c) && position + 1 == limit && fill() && limit > 1) {
            c = chars[position];
        }
        position++;
        int code = c;
        if (Character.isHighSurrogate(c) && position < limit && Character.isLowSurrogate(chars[position])) {
            code = Character.toCodePoint(c, chars[position++]);
        }
        pendingAt = 0;
        if (code < 0x80) {
            pending[0] = (byte) code;
            pendingLength = 1;
        } else if (code < 0x800) {
            pending[0] = (byte) (0xC0 | code >> 6);
            pending[1] = (byte) (0x80 | code & 0x3F);
            pendingLength = 2;
        } else if (code < 0x10000) {
            pending[0] = (byte) (0xE0 | code >> 12);
            pending[1] = (byte) (0x80 | code >> 6 & 0x3F);
            pending[2] = (byte) (0x80 | code & 0x3F);
            pendingLength = 3;
        } else {
            pending[0] = (byte) (0xF0 | code >> 18);
            pending[1] = (byte) (0x80 | code >> 12 & 0x3F);
            pending[2] = (byte) (0x80 | code >> 6 & 0x3F);
            pending[3] = (byte) (0x80 | code & 0x3F);
            pendingLength = 4;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
