package dev.usageschema.json;

import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.sum.Adder;
import dev.usageschema.sum.UsageStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to read the usage of one provider API surface (OpenAI chat, Anthropic messages,
 * Ollama's {@code /api/chat}) out of its whole responses and its streams: the usage schema's JSON
 * form and adder, where usage sits in a response, which stream events carry it and where, how the
 * stream reports it, and how the stream's events are framed.
 *
 * <pre>{@code
 * UsageSurface<OpenAiChatUsage, ImmutableOpenAiChatUsage> chat = UsageSurface
 *         .of(ImmutableOpenAiChatUsage.jsonSchema(), ImmutableOpenAiChatUsage.adder())
 *         .at("/usage");                          // streams: every event at the same site, unless told
 * Validated<ImmutableOpenAiChatUsage> one = json.tryReadResponse(bytes, chat);
 * Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> streamed = json.tryReadStream(input, chat);
 * }</pre>
 *
 * <p>Unless told otherwise a surface's usage is the whole document ({@code ""}), every stream event
 * may carry usage at the response's site, the stream style is the one the schema declares
 * ({@code @Addable(stream = ...)}), and the framing is told from the stream ({@link EventFraming#DETECT}).
 * Immutable: each method returns a new surface.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
public final class UsageSurface<X, M extends X> {

    private final JsonSchema<M, ?> schema;
    private final Adder<X, M> adder;
    private final UsageSite response;
    private final StreamSites stream;
    private final StreamStyle style;
    private final EventFraming framing;
    private final Severity decreases;
    private final UsageLookup<M> responseLookup;
    private final UsageLookup<M> streamLookup;

    private UsageSurface(JsonSchema<M, ?> schema, Adder<X, M> adder, UsageSite response, StreamSites stream,
            StreamStyle style, EventFraming framing, Severity decreases) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.adder = Objects.requireNonNull(adder, "adder");
        this.response = Objects.requireNonNull(response, "response");
        this.stream = stream;
        this.style = style;
        this.framing = Objects.requireNonNull(framing, "framing");
        this.decreases = Objects.requireNonNull(decreases, "decreases");
        this.responseLookup = UsageLookup.of(schema, response);
        this.streamLookup = UsageLookup.of(schema, streamSites());
    }

    /**
     * {@return the surface of a usage schema: its usage the whole document, until {@link #at} says where}
     * @param schema the model's JSON form, {@code ImmutableX.jsonSchema()}
     * @param adder  its adder, {@code ImmutableX.adder()}
     * @param <X>    the schema
     * @param <M>    its model
     */
    public static <X, M extends X> UsageSurface<X, M> of(JsonSchema<M, ?> schema, Adder<X, M> adder) {
        return new UsageSurface<>(schema, adder, UsageSite.at(""), null, null, EventFraming.DETECT, Severity.ERROR);
    }

    /**
     * {@return this surface with its responses' usage at {@code pointer}, or else at the first of
     * {@code alternatives} that holds one}
     * @param pointer      a JSON Pointer into a response: {@code /usage}
     * @param alternatives more, tried in order
     */
    public UsageSurface<X, M> at(String pointer, String... alternatives) {
        return at(UsageSite.at(pointer, alternatives));
    }

    /**
     * {@return this surface with its responses' usage at {@code site}}
     * @param site where a response's usage is
     */
    public UsageSurface<X, M> at(UsageSite site) {
        return new UsageSurface<>(schema, adder, site, stream, style, framing, decreases);
    }

    /**
     * {@return this surface with its stream events' usage where {@code sites} say}
     * @param sites which events carry usage, and where
     */
    public UsageSurface<X, M> streamEvents(StreamSites sites) {
        return new UsageSurface<>(schema, adder, response, Objects.requireNonNull(sites, "sites"), style, framing,
                decreases);
    }

    /**
     * {@return this surface with its streams accumulated in {@code style}, whatever the schema declares}
     * @param style how the provider reports usage while streaming
     */
    public UsageSurface<X, M> streamStyle(StreamStyle style) {
        return new UsageSurface<>(schema, adder, response, stream, Objects.requireNonNull(style, "style"), framing,
                decreases);
    }

    /**
     * {@return this surface with its streams framed as {@code framing} says}
     * @param framing server-sent events, JSON lines, or told from the stream
     */
    public UsageSurface<X, M> framing(EventFraming framing) {
        return new UsageSurface<>(schema, adder, response, stream, style, Objects.requireNonNull(framing, "framing"),
                decreases);
    }

    /**
     * {@return this surface with a count that goes down between the events of a cumulative stream
     * taken as {@code severity} says} ({@link UsageStream#decreases}): an error unless set here, which
     * sets the event aside; Gemini's counts go down while server-side tools run.
     * @param severity an error; a warning, which takes the later count and reports it; or {@link Severity#OFF}
     */
    public UsageSurface<X, M> decreases(Severity severity) {
        return new UsageSurface<>(schema, adder, response, stream, style, framing,
                Objects.requireNonNull(severity, "severity"));
    }

    /** {@return what a count that goes down between the events of a cumulative stream is} */
    public Severity decreases() {
        return decreases;
    }

    /** {@return the usage schema's JSON form} */
    public JsonSchema<M, ?> schema() {
        return schema;
    }

    /** {@return the usage schema's adder} */
    public Adder<X, M> adder() {
        return adder;
    }

    /** {@return where a response's usage is} */
    public UsageSite responseSite() {
        return response;
    }

    /** {@return which stream events carry usage, and where: unless told, every event at the response's site} */
    public StreamSites streamSites() {
        return stream != null ? stream : StreamSites.everyEvent(response);
    }

    /** {@return the stream style set here, or empty for the one the schema declares} */
    public Optional<StreamStyle> streamStyle() {
        return Optional.ofNullable(style);
    }

    /** {@return how the stream's events are framed} */
    public EventFraming framing() {
        return framing;
    }

    /**
     * {@return a new accumulator for one stream of this surface}
     * @throws IllegalStateException when neither the surface nor the schema says the stream style
     */
    public UsageStream<X, M> newStream() {
        return (style == null ? adder.newStream() : adder.newStream(style)).decreases(decreases);
    }

    UsageLookup<M> responseLookup() {
        return responseLookup;
    }

    UsageLookup<M> streamLookup() {
        return streamLookup;
    }

    @Override
    public String toString() {
        return "UsageSurface[" + schema.name() + " at " + response.described() + "; stream " + streamSites()
                + (style == null ? "" : ", " + style) + ", " + framing
                + (decreases == Severity.ERROR ? "" : ", decreases " + decreases) + "]";
    }
}
