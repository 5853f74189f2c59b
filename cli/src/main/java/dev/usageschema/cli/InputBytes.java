package dev.usageschema.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A window onto the bytes of one input, for the readers that frame records in it: the bytes from
 * {@link #mark} to {@link #limit} are in {@link #data}; {@link #more()} drops those before the mark and
 * reads on. A failure to read is kept, as the input's end, for the reader to report where it stands.
 */
final class InputBytes {

    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private final Runnable idle;
    byte[] data = new byte[CHUNK];
    /** The first byte the reader still needs. */
    int mark;
    /** The next byte the reader looks at. */
    int pos;
    /** The end of the bytes read so far. */
    int limit;
    private boolean ended;
    private String failure;

    /**
     * @param in   the input, decompressed
     * @param idle run before a read that would wait for the input, so that what was found so far is
     *             shown while a stream is quiet
     */
    InputBytes(InputStream in, Runnable idle) {
        this.in = in;
        this.idle = idle;
    }

    /**
     * Reads more bytes. The bytes before {@link #mark} are dropped first, and every index moves with
     * them.
     *
     * @return false at the end of the input or when it cannot be read further ({@link #failure()})
     */
    boolean more() {
        if (ended) {
            return false;
        }
        if (mark > 0) {
            System.arraycopy(data, mark, data, 0, limit - mark);
            pos -= mark;
            limit -= mark;
            mark = 0;
        }
        if (data.length - limit < CHUNK / 4) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, limit + CHUNK));
        }
        try {
            if (in.available() == 0) {
                idle.run();
            }
            int read = in.read(data, limit, data.length - limit);
            if (read < 0) {
                ended = true;
                return false;
            }
            limit += read;
            return true;
        } catch (IOException unreadable) {
            ended = true;
            failure = Inputs.describe(unreadable);
            return false;
        }
    }

    /** {@return the next byte without taking it, or -1 at the end of the input} */
    int peek() {
        if (pos == limit) {
            mark = pos;
            if (!more()) {
                return -1;
            }
        }
        return data[pos] & 0xff;
    }

    /** {@return why the input could not be read to its end; {@code null} when it was, or still may be} */
    String failure() {
        return failure;
    }

    static boolean isWhitespace(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
