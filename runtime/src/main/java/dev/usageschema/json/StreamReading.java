package dev.usageschema.json;

import dev.usageschema.Validated;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a stream of events, each with its own parser, and gives every event to the surface's
 * accumulator in order: the usage read where the surface's {@link StreamSites} say, {@code null}
 * for an event that carries none, and an unreadable event as a {@code MALFORMED} read, after which
 * the next event is read. Holds one event at a time and what the accumulator keeps.
 */
final class StreamReading {

    private StreamReading() {
    }

    static <X, M extends X> Total<X, M> read(InputStream in, UsageSurface<X, M> surface, TokenSource parsers,
            int maxEventBytes) {
        UsageStream<X, M> stream = surface.newStream();
        UsageLookup<M> lookup = surface.streamLookup();
        String schema = surface.schema().name();
        EventFrames frames = new EventFrames(in, surface.framing(), maxEventBytes);
        while (true) {
            try {
                if (!frames.next()) {
                    break;
                }
            } catch (IOException failure) {
                stream.chunk(unreadable(schema, "", "the stream could not be read on: " + failure), "");
                break;
            }
            if (frames.overlong()) {
                stream.chunk(unreadable(schema, "", "an event of more than " + maxEventBytes
                        + " bytes; its bytes are passed over"), "");
                continue;
            }
            UsageLookup.Located<M> located;
            try {
                located = parsers.read(frames.bytes(), 0, frames.length(), tokens -> lookup.read(tokens, frames.name()));
            } catch (JsonInputException unreadable) {
                stream.chunk(unreadable(schema, unreadable.pointer(), unreadable.getMessage()), "");
                continue;
            }
            if (located == null) {
                stream.chunk((X) null);
            } else {
                stream.chunk(located.read(), located.pointer());
            }
        }
        return stream.finish();
    }

    private static <M> Validated<M> unreadable(String schema, String pointer, String message) {
        return Validated.invalid(schema, List.of(JsonViolations.malformed(pointer, message)));
    }
}
