package dev.usageschema.examples.totals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.usageschema.jackson2.UsageSchemaModule;
import dev.usageschema.providers.anthropic.ImmutableMessagesUsage;
import dev.usageschema.providers.anthropic.MessagesUsage;
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
    public record Event(String type, Message message, MessagesUsage usage) {

        /** The usage this event carries, or {@code null}. */
        MessagesUsage carried() {
            return message != null ? message.usage() : usage;
        }
    }

    /** {@code message_start}'s message. */
    public record Message(String id, String model, MessagesUsage usage) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(UsageSchemaModule.of(ImmutableMessagesUsage.jsonSchema()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnthropicStream() {
    }

    /**
     * {@return the usage of the response the events stream, and any event whose usage breaks the stream}
     * @param events the {@code data} of each event, in order
     */
    public static Total<MessagesUsage, ImmutableMessagesUsage> usage(List<String> events) {
        UsageStream<MessagesUsage, ImmutableMessagesUsage> stream =
                ImmutableMessagesUsage.adder().newStream();
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
