package dev.usageschema.providers;

import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.json.EventFraming;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.StreamSites;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.sum.Adder;
import dev.usageschema.sum.UsageStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One API surface of the catalogue: its stable id, the provider, what the surface is, where its usage sits
 * in a whole response and in each stream event ({@link #usageSurface()}, which the Jackson modules read
 * through), its stream style, the schema's JSON form and adder, and its convention in words (which counts
 * are parts of which and which are added, which rules ship as warnings and why). {@link Providers} lists them all.
 *
 * @param <X> the schema interface
 * @param <M> its generated model
 */
public final class ProviderSurface<X, M extends X> {

    private final String id;
    private final String provider;
    private final String surface;
    private final String streamNotes;
    private final List<StreamEvent> streamEvents;
    private final StreamStyle streamStyle;
    private final UsageSurface<X, M> usage;
    private final Function<? super M, Validated<ImmutableCanonicalUsage>> canonical;
    private final String convention;
    private final String warnings;

    private ProviderSurface(Builder<X, M> builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.provider = Objects.requireNonNull(builder.provider, "provider");
        this.surface = Objects.requireNonNull(builder.surface, "surface");
        this.streamNotes = builder.streamNotes;
        this.streamEvents = List.copyOf(builder.streamEvents);
        this.streamStyle = builder.streamStyle;
        this.canonical = Objects.requireNonNull(builder.canonical, "canonical");
        this.convention = Objects.requireNonNull(builder.convention, "convention");
        this.warnings = Objects.requireNonNull(builder.warnings, "warnings");
        UsageSurface<X, M> surface = UsageSurface.of(builder.jsonSchema, builder.adder)
                .at(Objects.requireNonNull(builder.responseSite, "responseSite"));
        if (!streamEvents.isEmpty()) {
            StreamEvent first = streamEvents.get(0);
            StreamSites sites = StreamSites.when(first.selector(), first.site());
            for (StreamEvent event : streamEvents.subList(1, streamEvents.size())) {
                sites = sites.orWhen(event.selector(), event.site());
            }
            surface = surface.streamEvents(sites).streamStyle(streamStyle).framing(builder.framing);
        }
        // A decrease where the provider's counts are seen to go down is only reported, read whole or chunk by chunk.
        this.usage = builder.countsMayDecrease ? surface.decreases(Severity.WARNING) : surface;
    }

    static <X, M extends X> Builder<X, M> builder(String id, JsonSchema<M, ?> jsonSchema, Adder<X, M> adder,
            Function<? super M, Validated<ImmutableCanonicalUsage>> canonical) {
        return new Builder<>(id, jsonSchema, adder, canonical);
    }

    /** {@return the surface's stable id, {@code openai-chat}: the canonical usage's {@code convention}} */
    public String id() {
        return id;
    }

    /** {@return the provider, {@code OpenAI}} */
    public String provider() {
        return provider;
    }

    /** {@return what the surface is, in one line: its endpoint or event} */
    public String surface() {
        return surface;
    }

    /**
     * {@return everything a reader needs to take this surface's usage out of its whole responses and its
     * streams}: the schema's JSON form and adder, the response's usage site, the stream's events, style and
     * framing; {@code UsageJson.tryReadResponse} and {@code tryReadStream} of either Jackson module read
     * through it. Its stream does not know that a surface's counts may go down: see {@link #newStream()}.
     */
    public UsageSurface<X, M> usageSurface() {
        return usage;
    }

    /** {@return where the usage sits in a whole response body: {@code /usage}, Ollama's fields at the root} */
    public UsageSite responseSite() {
        return usage.responseSite();
    }

    /** {@return the stream events that carry usage, where it sits in each, and what to know of them; empty when the surface does not stream} */
    public List<StreamEvent> streamEvents() {
        return streamEvents;
    }

    /** {@return how the stream's events are framed, empty for a surface that does not stream} */
    public Optional<EventFraming> streamFraming() {
        return streamEvents.isEmpty() ? Optional.empty() : Optional.of(usage.framing());
    }

    /** {@return what a reader of the stream should know (when usage is sent at all, sentinels, comments), empty when the surface does not stream} */
    public Optional<String> streamNotes() {
        return Optional.ofNullable(streamNotes);
    }

    /** {@return how the stream reports usage, as the schema's {@code @Addable(stream = ...)} says; empty when the surface does not stream} */
    public Optional<StreamStyle> streamStyle() {
        return Optional.ofNullable(streamStyle);
    }

    /** {@return whether a cumulative stream's counts are seen to go down, so that its streams, read whole or through {@link #newStream()}, only warn of it} */
    public boolean countsMayDecrease() {
        return usage.decreases() != Severity.ERROR;
    }

    /** {@return the schema's JSON form} */
    public JsonSchema<M, ?> jsonSchema() {
        return usage.schema();
    }

    /** {@return the schema's adder: sums, running totals, streams} */
    public Adder<X, M> adder() {
        return usage.adder();
    }

    /**
     * {@return the canonical usage of a value of the surface, its model's {@code toCanonical()}}: never throws,
     * the violations of the canonical rules in the result
     * @param value a model of the surface's schema, such as one {@link #jsonSchema()} read
     */
    public Validated<ImmutableCanonicalUsage> toCanonical(M value) {
        return canonical.apply(Objects.requireNonNull(value, "value"));
    }

    /**
     * {@return a new accumulator for one streamed response, in the surface's style; where the surface's counts
     * are seen to go down ({@link #countsMayDecrease()}) a decrease is a warning}
     */
    public UsageStream<X, M> newStream() {
        return usage.newStream();
    }

    /** {@return the convention in words: which counts are parts of which, which are added beside them} */
    public String convention() {
        return convention;
    }

    /** {@return which rules ship as warnings, and the recorded traffic that made them so; {@code "none"} when every rule is an error} */
    public String warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return id + " (" + provider + ", " + surface + ")";
    }

    /** Gathers a surface's parts. */
    static final class Builder<X, M extends X> {

        private final String id;
        private final JsonSchema<M, ?> jsonSchema;
        private final Adder<X, M> adder;
        private final Function<? super M, Validated<ImmutableCanonicalUsage>> canonical;
        private String provider;
        private String surface;
        private UsageSite responseSite;
        private EventFraming framing;
        private String streamNotes;
        private List<StreamEvent> streamEvents = List.of();
        private StreamStyle streamStyle;
        private boolean countsMayDecrease;
        private String convention;
        private String warnings = "none";

        private Builder(String id, JsonSchema<M, ?> jsonSchema, Adder<X, M> adder,
                Function<? super M, Validated<ImmutableCanonicalUsage>> canonical) {
            this.id = id;
            this.jsonSchema = jsonSchema;
            this.adder = adder;
            this.canonical = canonical;
        }

        Builder<X, M> provider(String value) {
            this.provider = value;
            return this;
        }

        Builder<X, M> surface(String value) {
            this.surface = value;
            return this;
        }

        Builder<X, M> response(String pointer) {
            return response(UsageSite.at(pointer));
        }

        Builder<X, M> response(UsageSite site) {
            this.responseSite = site;
            return this;
        }

        Builder<X, M> stream(EventFraming eventFraming, StreamStyle style, String notes, StreamEvent... events) {
            if (events.length == 0) {
                throw new IllegalArgumentException(id + ": a stream has at least one kind of event that carries usage");
            }
            this.framing = Objects.requireNonNull(eventFraming, "eventFraming");
            this.streamStyle = Objects.requireNonNull(style, "style");
            this.streamNotes = Objects.requireNonNull(notes, "notes");
            this.streamEvents = List.of(events);
            return this;
        }

        Builder<X, M> countsMayDecrease() {
            this.countsMayDecrease = true;
            return this;
        }

        Builder<X, M> convention(String value) {
            this.convention = value;
            return this;
        }

        Builder<X, M> warnings(String value) {
            this.warnings = value;
            return this;
        }

        ProviderSurface<X, M> build() {
            return new ProviderSurface<>(this);
        }
    }
}
