package dev.usageschema.cli;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.jackson3.UsageJson;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.sum.Adder;
import dev.usageschema.sum.Total;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * What records are checked against: a provider's surface or a user's schema, with how a record's
 * bytes become its usage, how a stream's events do, and, where the schema has them, how usages add
 * up and what the canonical usage of one is. Immutable and thread-safe.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
final class Target<X, M extends X> {

    /** A record's bytes, {@code length} of them from {@code offset}, to its usage, every check run; never throws for bad content. */
    interface Reader<M> {
        Validated<M> read(byte[] json, int offset, int length);
    }

    private final String name;
    private final JsonSchema<M, ?> schema;
    private final Reader<M> reader;
    private final Adder<X, M> adder;
    private final Function<M, Validated<ImmutableCanonicalUsage>> canonical;
    private final UsageSurface<X, M> stream;
    private final String noStream;

    /**
     * @param name      the provider's id or the schema's class, as messages name it
     * @param schema    the model's JSON form, which writes a sum
     * @param reader    a record's bytes to its usage
     * @param adder     how usages add up; {@code null} when the schema is not {@code @Addable}
     * @param canonical a usage's canonical usage; {@code null} when the schema has no {@code @CanonicalMapping}
     * @param stream    the surface a stream of events is read through; {@code null} when there is none
     * @param noStream  why there is no stream surface, and what to do, for {@code --stream}; {@code null} when there is one
     */
    Target(String name, JsonSchema<M, ?> schema, Reader<M> reader, Adder<X, M> adder,
            Function<M, Validated<ImmutableCanonicalUsage>> canonical, UsageSurface<X, M> stream, String noStream) {
        this.name = name;
        this.schema = schema;
        this.reader = reader;
        this.adder = adder;
        this.canonical = canonical;
        this.stream = stream;
        this.noStream = noStream;
    }

    String name() {
        return name;
    }

    /** {@return the usage a record's bytes hold, with every violation} */
    Validated<M> read(byte[] json, int offset, int length) {
        return reader.read(json, offset, length);
    }

    /** {@return the usage of one stream of events, accumulated in the surface's style} */
    Total<X, M> readStream(InputStream events) {
        return UsageJson.standard().tryReadStream(events, stream);
    }

    /** Checks that this target reads streams, for {@code --stream}. */
    void requireStream() {
        if (stream == null) {
            throw new CommandFailure(noStream);
        }
    }

    Optional<Adder<X, M>> adder() {
        return Optional.ofNullable(adder);
    }

    Optional<Function<M, Validated<ImmutableCanonicalUsage>>> canonical() {
        return Optional.ofNullable(canonical);
    }

    /** {@return a usage of this target as JSON, in its wire shape} */
    String write(M usage) {
        return UsageJson.standard().write(usage, schema);
    }

    /** {@return {@code usage}, which a check of this target gave, as its model} */
    M model(Object usage) {
        return schema.modelType().cast(usage);
    }
}
