package dev.usageschema.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The events of a stream, one at a time, as bytes: server-sent events (the WHATWG HTML
 * specification's event-stream format) or JSON lines, read incrementally from the stream with no
 * more held than the event at hand. An event's bytes stay as they came; the JSON parser decodes and
 * checks them.
 */
final class EventFrames {

    /** Buffers grown past this for one large event are dropped after it, so that memory stays flat. */
    private static final int KEPT_BUFFER = 1 << 20;
    private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final int maxEventBytes;
    private EventFraming framing;

    private final byte[] chunk = new byte[8192];
    private int position;
    private int limit;
    private boolean ended;
    private boolean started;
    /** A CR ended the last line: an LF right after it belongs to that line end. */
    private boolean afterCr;

    private byte[] line = new byte[8192];
    private int lineLength;
    private boolean lineOverlong;

    private byte[] data = new byte[8192];
    private int dataLength;
    private int dataLines;
    private boolean dataOverlong;
    private String name;
    /** The event last handed out, whose state the next call clears. */
    private boolean handedOut;

    /** Where the event handed out lies: {@link #data} for server-sent events, {@link #line} for JSON lines. */
    private byte[] event;
    private int eventLength;
    private boolean eventOverlong;
    private String eventName;

    EventFrames(InputStream in, EventFraming framing, int maxEventBytes) {
        this.in = in;
        this.framing = framing;
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * Moves to the next event.
     *
     * @return {@code false} at the end of the stream
     * @throws IOException when the stream cannot be read
     */
    boolean next() throws IOException {
        if (handedOut) {
            clear();
        }
        while (readLine()) {
            if (framing == EventFraming.DETECT) {
                if (blank()) {
                    continue;
                }
                byte first = line[firstNonBlank()];
                framing = first == '{' || first == '[' ? EventFraming.JSON_LINES : EventFraming.SERVER_SENT_EVENTS;
            }
            if (framing == EventFraming.JSON_LINES) {
                if (!blank()) {
                    return handOut(line, lineLength, lineOverlong, null);
                }
            } else if (lineLength == 0 && !lineOverlong) {
                if (dataLines > 0 && !done()) {
                    return handOut(data, dataLength, dataOverlong, name == null ? "message" : name);
                }
                clear();
            } else {
                field();
            }
        }
        // Unlike a browser, which drops it, a last event whose blank line is missing is read: a file of
        // events cut after its last line loses nothing.
        if (framing == EventFraming.SERVER_SENT_EVENTS && dataLines > 0 && !done()) {
            return handOut(data, dataLength, dataOverlong, name == null ? "message" : name);
        }
        return false;
    }

    /** {@return the event's bytes, from 0 to {@link #length()}} */
    byte[] bytes() {
        return event;
    }

    int length() {
        return eventLength;
    }

    /** {@return whether the event was longer than the limit, its bytes passed over} */
    boolean overlong() {
        return eventOverlong;
    }

    /** {@return the server-sent event's name ({@code message} unless an {@code event:} line named it), or {@code null} for a JSON line} */
    String name() {
        return eventName;
    }

    private boolean handOut(byte[] bytes, int length, boolean overlong, String named) {
        event = bytes;
        eventLength = length;
        eventOverlong = overlong;
        eventName = named;
        handedOut = true;
        return true;
    }

    private void clear() {
        handedOut = false;
        dataLength = 0;
        dataLines = 0;
        dataOverlong = false;
        name = null;
        if (data.length > KEPT_BUFFER) {
            data = new byte[8192];
        }
        if (line.length > KEPT_BUFFER) {
            line = new byte[8192];
        }
    }

    /** Reads one field line of a server-sent event: {@code data}, {@code event}; comments and other fields are passed over. */
    private void field() {
        if (lineLength > 0 && line[0] == ':') {
            return;
        }
        int colon = 0;
        while (colon < lineLength && line[colon] != ':') {
            colon++;
        }
        int value = colon + 1;
        if (value < lineLength && line[value] == ' ') {
            value++;
        }
        value = Math.min(value, lineLength);
        if (is("data", colon)) {
            if (dataLines++ > 0) {
                append((byte) '\n');
            }
            for (int at = value; at < lineLength; at++) {
                append(line[at]);
            }
            dataOverlong |= lineOverlong;
        } else if (is("event", colon)) {
            name = new String(line, value, lineLength - value, StandardCharsets.UTF_8);
        }
    }

    private boolean is(String field, int length) {
        if (length != field.length()) {
            return false;
        }
        for (int at = 0; at < length; at++) {
            if (line[at] != field.charAt(at)) {
                return false;
            }
        }
        return true;
    }

    private void append(byte b) {
        if (dataLength >= maxEventBytes) {
            dataOverlong = true;
            return;
        }
        if (dataLength == data.length) {
            data = Arrays.copyOf(data, (int) Math.min((long) data.length * 2, maxEventBytes));
        }
        data[dataLength++] = b;
    }

    /** Whether the data is {@code [DONE]}, with JSON's white space around it as a JSON value may have. */
    private boolean done() {
        int from = 0;
        int to = dataLength;
        while (from < to && isSpace(data[from])) {
            from++;
        }
        while (to > from && isSpace(data[to - 1])) {
            to--;
        }
        return Arrays.equals(data, from, to, DONE, 0, DONE.length);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private boolean blank() {
        return firstNonBlank() == lineLength && !lineOverlong;
    }

    private int firstNonBlank() {
        int at = 0;
        while (at < lineLength && (line[at] == ' ' || line[at] == '\t')) {
            at++;
        }
        return at;
    }

    /**
     * Reads the next line into {@link #line}, its end (LF, CR or CRLF) left out; past the limit its
     * bytes are passed over and {@link #lineOverlong} says so.
     *
     * @return {@code false} at the end of the stream, when no line is left
     */
    private boolean readLine() throws IOException {
        lineLength = 0;
        lineOverlong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any;
            }
            byte b = chunk[position++];
            if (afterCr) {
                afterCr = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\n') {
                return true;
            }
            if (b == '\r') {
                afterCr = true;
                return true;
            }
            any = true;
            if (lineLength >= maxEventBytes + 16) {
                lineOverlong = true;
                continue;
            }
            if (lineLength == line.length) {
                line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxEventBytes + 16L));
            }
            line[lineLength++] = b;
        }
    }

    /** Reads more of the stream, after a byte-order mark at its start; {@code false} at its end. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int count = in.read(chunk, 0, chunk.length);
        if (count == 0) {
            // Asked for bytes, a stream gives some or says it ended; reading again would spin.
            throw new IOException("the stream gave no bytes and did not end: " + in);
        }
        if (count < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = count;
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3) {
            int count = in.read(chunk, limit, chunk.length - limit);
            if (count <= 0) {
                ended = true;
                break;
            }
            limit += count;
        }
        if (limit >= 3 && (chunk[0] & 0xFF) == 0xEF && (chunk[1] & 0xFF) == 0xBB && (chunk[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }
}
