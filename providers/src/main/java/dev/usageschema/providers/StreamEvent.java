package dev.usageschema.providers;

import dev.usageschema.json.EventSelector;
import dev.usageschema.json.UsageSite;
import java.util.Objects;

/**
 * Which events of a surface's stream carry usage, where it sits in them, and what a reader should know of
 * them; a surface's events make its {@link dev.usageschema.json.StreamSites}, the first that selects an event
 * saying where its usage is.
 *
 * @param selector the events: every one, those of an SSE name, those with a field's value
 * @param site     where their usage sits
 * @param note     what a reader should know: which of them carries the final usage, what the others carry
 */
public record StreamEvent(EventSelector selector, UsageSite site, String note) {

    /** Checks that every part is given. */
    public StreamEvent {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(note, "note");
    }

    /** {@return usage at {@code pointer} in every event that holds one there} */
    static StreamEvent every(String pointer, String note) {
        return new StreamEvent(EventSelector.every(), UsageSite.at(pointer), note);
    }

    /** {@return usage at {@code pointer} in the events {@code selector} selects} */
    static StreamEvent when(EventSelector selector, String pointer, String note) {
        return new StreamEvent(selector, UsageSite.at(pointer), note);
    }

    @Override
    public String toString() {
        return selector + ": " + String.join(" or ", site.pointers()) + " (" + note + ")";
    }
}
