package dev.usageschema.examples.totals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.usageschema.examples.providers.AnthropicStreamUsage;
import dev.usageschema.examples.providers.ImmutableAnthropicStreamUsage;
import dev.usageschema.jackson2.UsageSchemaModule;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One Anthropic Messages stream made into one usage: each server-sent event is read with databind
 * into the caller's own event class, whose {@code usage} (on {@code message_start}'s message and on
 * {@code message_delta}) is a schema model, and every event goes to the accumulator in order.
 */
public final class AnthropicStream {

    /** The fields of a stream event this example reads; databind skips the rest. */
    public record Event(String type, Message message, AnthropicStreamUsage usage) {

        /** The usage this event carries, or {@code null}. */
        AnthropicStreamUsage carried() {
            return message != null ? message.usage() : usage;
        }
    }

    /** {@code message_start}'s message. */
    public record Message(String id, String model, AnthropicStreamUsage usage) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(UsageSchemaModule.of(ImmutableAnthropicStreamUsage.jsonSchema()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnthropicStream() {
    }

    /**
     * {@return the usage of the response the events stream, and any event whose usage breaks the stream}
     * @param events the {@code data} of each event, in order
     */
    public static Total<AnthropicStreamUsage, ImmutableAnthropicStreamUsage> usage(List<String> events) {
        UsageStream<AnthropicStreamUsage, ImmutableAnthropicStreamUsage> stream =
                ImmutableAnthropicStreamUsage.adder().newStream();
        for (String event : events) {
            try {
                stream.chunk(MAPPER.readValue(event, Event.class).carried());
            } catch (JsonProcessingException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return stream.finish();
    }
}
