package dev.usageschema.providers;

import java.util.Objects;

/**
 * One kind of stream event that carries usage: how the event is told apart from the others, and the JSON
 * Pointer of the usage within it.
 *
 * @param event   the event as its stream names it: an SSE {@code event:} name ({@code message_delta}), a
 *                {@code type} value, or the chunk that carries it ({@code the chunk with "done": true})
 * @param pointer where the usage sits in the event's JSON ({@code /usage}, {@code /message/usage});
 *                {@code ""} for usage fields at the event's root, beside its other fields
 */
public record StreamEvent(String event, String pointer) {

    /** Checks that both parts are given. */
    public StreamEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(pointer, "pointer");
    }

    @Override
    public String toString() {
        return event + " at " + (pointer.isEmpty() ? "the root" : pointer);
    }
}
