package dev.usageschema.json;

/** How the events of a stream are framed in its bytes. */
public enum EventFraming {
    /**
     * Server-sent events: {@code event:} and {@code data:} lines, each event ended by a blank line;
     * the {@code data:} lines of one event are joined with line feeds, comments ({@code :} lines) and
     * other fields are passed over, and {@code data: [DONE]} ends no stream and is no event. Lines
     * end with LF, CR or CRLF. Unlike a browser, a last event whose blank line is missing is read.
     */
    SERVER_SENT_EVENTS,
    /** One JSON document per line (NDJSON, JSON lines), as Ollama streams and as logs record; blank lines are passed over. */
    JSON_LINES,
    /** Told from the stream's first line that is not blank: JSON lines when it starts with <code>{</code> or <code>[</code>, else server-sent events. */
    DETECT
}
