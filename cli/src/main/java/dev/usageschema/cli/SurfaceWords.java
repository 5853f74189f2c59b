package dev.usageschema.cli;

import dev.usageschema.StreamStyle;
import dev.usageschema.json.EventFraming;
import dev.usageschema.json.UsageSite;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.StreamEvent;

/** A catalogue surface's parts in words, as {@code providers} and {@code explain} print them. */
final class SurfaceWords {

    private SurfaceWords() {
    }

    /** {@return where a site is: its pointers, {@code /usage or /x_groq/usage}, or the root's fields} */
    static String site(UsageSite site) {
        return String.join(" or ", site.pointers().stream().map(pointer -> pointer.isEmpty() ? "the root's fields"
                : pointer).toList());
    }

    /** {@return the stream style's name, {@code -} for a surface that does not stream} */
    static String style(ProviderSurface<?, ?> surface) {
        return surface.streamStyle().map(StreamStyle::name).orElse("-");
    }

    /** {@return what a stream style makes of the events' usages} */
    static String styleMeaning(StreamStyle style) {
        return switch (style) {
            case FINAL_ONLY -> "one event carries the whole usage; a second usage is REPEATED_USAGE (a warning when"
                    + " it is the same again)";
            case CUMULATIVE -> "each event's usage is the usage so far: a count replaces the earlier one and may not"
                    + " go down (COUNT_DECREASED); a count left out or null keeps the earlier one";
            case DELTA -> "each event's usage is its own increment: the events' usages are added";
        };
    }

    /** {@return how a stream is framed, in words} */
    static String framing(EventFraming framing) {
        return switch (framing) {
            case SERVER_SENT_EVENTS -> "server-sent events";
            case JSON_LINES -> "JSON lines";
            case DETECT -> "server-sent events or JSON lines, told from the first line";
        };
    }

    /** {@return a stream event's selector and site} */
    static String event(StreamEvent event) {
        return event.selector() + ", usage at " + site(event.site());
    }
}
