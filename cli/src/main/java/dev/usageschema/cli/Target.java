package dev.usageschema.cli;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.jackson3.UsageJson;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.sum.Adder;
import java.util.Optional;
import java.util.function.Function;

/**
 * What records are checked against: a provider's surface or a user's schema, with how a record's
 * bytes become its usage, and, where the schema has them, how usages add up and what the canonical
 * usage of one is. Immutable and thread-safe.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
final class Target<X, M extends X> {

    private final String name;
    private final JsonSchema<M, ?> schema;
    private final Function<byte[], Validated<M>> reader;
    private final Adder<X, M> adder;
    private final Function<M, Validated<ImmutableCanonicalUsage>> canonical;

    /**
     * @param name      the provider's id or the schema's class, as messages name it
     * @param schema    the model's JSON form, which writes a sum
     * @param reader    a record's bytes to its usage, every check run; never throws for bad content
     * @param adder     how usages add up; {@code null} when the schema is not {@code @Addable}
     * @param canonical a usage's canonical usage; {@code null} when the schema has no {@code @CanonicalMapping}
     */
    Target(String name, JsonSchema<M, ?> schema, Function<byte[], Validated<M>> reader, Adder<X, M> adder,
            Function<M, Validated<ImmutableCanonicalUsage>> canonical) {
        this.name = name;
        this.schema = schema;
        this.reader = reader;
        this.adder = adder;
        this.canonical = canonical;
    }

    String name() {
        return name;
    }

    /** {@return the usage a record's bytes hold, with every violation} */
    Validated<M> read(byte[] json) {
        return reader.apply(json);
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
