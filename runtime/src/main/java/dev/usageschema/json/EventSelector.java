package dev.usageschema.json;

import java.util.List;
import java.util.Objects;

/**
 * Which events of a stream carry usage at a site ({@link StreamSites}): every event, those of one
 * server-sent-event name ({@code event: message-end}), or those whose JSON holds one value at a
 * pointer ({@code /type} is {@code "message_start"}, {@code /done} is {@code true}). A field that
 * is absent, or holds another value or another type, selects nothing. Immutable.
 */
public final class EventSelector {

    private static final EventSelector EVERY = new EventSelector(null, null, null);

    /** The server-sent-event name selected, or {@code null}. */
    private final String name;
    /** The pointer of the field selected by, or {@code null}. */
    private final String pointer;
    private final Object value;
    private final List<String> segments;

    private EventSelector(String name, String pointer, Object value) {
        this.name = name;
        this.pointer = pointer;
        this.value = value;
        this.segments = pointer == null ? null : UsageSite.segments(pointer);
    }

    /** {@return every event} */
    public static EventSelector every() {
        return EVERY;
    }

    /**
     * {@return the server-sent events of the name {@code event}} Events without an {@code event:}
     * line are named {@code message}, as the SSE specification names them; JSON lines have no names.
     * @param event the name an {@code event:} line gives
     */
    public static EventSelector named(String event) {
        return new EventSelector(Objects.requireNonNull(event, "event"), null, null);
    }

    /**
     * {@return the events whose string at {@code pointer} is {@code value}}
     * @param pointer a JSON Pointer into the event: {@code /type}
     * @param value   the string: {@code message_delta}
     */
    public static EventSelector field(String pointer, String value) {
        return new EventSelector(null, pointer, Objects.requireNonNull(value, "value"));
    }

    /**
     * {@return the events whose boolean at {@code pointer} is {@code value}}
     * @param pointer a JSON Pointer into the event: {@code /done}
     * @param value   the boolean
     */
    public static EventSelector field(String pointer, boolean value) {
        return new EventSelector(null, pointer, value);
    }

    /**
     * {@return the events whose whole number at {@code pointer} is {@code value}}
     * @param pointer a JSON Pointer into the event
     * @param value   the number, as an integer literal writes it
     */
    public static EventSelector field(String pointer, long value) {
        return new EventSelector(null, pointer, value);
    }

    /** {@return whether the event's name may be selected: always, but for a name that is not this selector's} */
    boolean admitsName(String event) {
        return name == null || name.equals(event);
    }

    /** {@return the reference tokens of the field this selector reads, or {@code null} when it reads none} */
    List<String> fieldSegments() {
        return segments;
    }

    /** {@return whether the value at the field, whose first token is {@code token}, is the one selected} */
    boolean matches(int token, JsonTokens tokens) {
        if (value instanceof String text) {
            return token == JsonTokens.STRING && tokens.string().equals(text);
        }
        if (value instanceof Boolean bool) {
            return token == (bool ? JsonTokens.TRUE : JsonTokens.FALSE);
        }
        return token == JsonTokens.INTEGER && tokens.fitsLong() && tokens.longValue() == (Long) value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventSelector that && Objects.equals(name, that.name)
                && Objects.equals(pointer, that.pointer) && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, pointer, value);
    }

    @Override
    public String toString() {
        if (name != null) {
            return "event " + name;
        }
        return pointer == null ? "every event" : pointer + " == " + (value instanceof String ? "\"" + value + "\"" : value);
    }
}
