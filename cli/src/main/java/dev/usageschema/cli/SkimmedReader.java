package dev.usageschema.cli;

import dev.usageschema.Rule;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.json.JsonReader;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.Utf8Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads whole responses by their usage object alone where {@link ResponseSkim} finds it, its bytes
 * read by the runtime's own tokens ({@link Utf8Tokens}), and through the full reading of the response
 * where it does not: the verdict, the violations and their paths are the full reading's either way. A
 * usage the tokens decline, or the reader finds malformed on its own (more undeclared fields than it
 * keeps), is read again in its response, where that reading words it. The full reading also logs its warnings,
 * once per wire path ({@code ReadWarnings}); a usage read alone does not, as {@code check} lists every
 * warning itself. Immutable and thread-safe.
 *
 * @param <M> the model
 */
final class SkimmedReader<M> implements Target.Reader<M> {

    private final ResponseSkim skim;
    private final String pointer;
    private final JsonSchema<M, ?> schema;
    private final Target.Reader<M> full;

    private SkimmedReader(ResponseSkim skim, String pointer, JsonSchema<M, ?> schema, Target.Reader<M> full) {
        this.skim = skim;
        this.pointer = pointer;
        this.schema = schema;
        this.full = full;
    }

    /**
     * {@return {@code full} with the skim in front of it, or {@code full} itself when the skim cannot find
     * the usage at {@code site}}
     * @param site   where the usage sits in each response
     * @param schema the usage's JSON form
     * @param full   the full reading of a response, the usage at {@code site}
     */
    static <M> Target.Reader<M> of(UsageSite site, JsonSchema<M, ?> schema, Target.Reader<M> full) {
        ResponseSkim skim = ResponseSkim.of(site);
        return skim == null ? full : new SkimmedReader<>(skim, site.pointers().get(0), schema, full);
    }

    @Override
    public Validated<M> read(byte[] json, int offset, int length) {
        ResponseSkim.Span usage = skim.usage(json, offset, offset + length);
        Validated<M> read = usage == null ? null
                : Utf8Tokens.read(json, usage.from(), usage.length(), tokens -> JsonReader.tryRead(tokens, schema));
        if (read == null) {
            return full.read(json, offset, length);
        }
        List<Violation> within = read.violations();
        if (within.isEmpty()) {
            return read;
        }
        List<Violation> moved = new ArrayList<>(within.size());
        for (Violation violation : within) {
            if (violation.rule() == Rule.MALFORMED) {
                return full.read(json, offset, length);
            }
            moved.add(violation.under(pointer, ""));
        }
        return read.isValid() ? Validated.valid(schema.name(), read.orElseThrow(), moved)
                : Validated.invalid(schema.name(), moved);
    }
}
