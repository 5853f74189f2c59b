package dev.usageschema.processor.read;

import dev.usageschema.processor.model.Schema;

/** What reading one annotated type gave. */
public sealed interface ReadResult {

    /** A schema ready for the check stage. */
    record Read(Schema schema) implements ReadResult {
    }

    /**
     * A type the schema uses does not exist yet; another processor may generate it in a later
     * round. {@code missing} names it for the error if it never appears.
     */
    record Deferred(String missing) implements ReadResult {
    }

    /** The schema is wrong; every reason has been reported. */
    record Rejected() implements ReadResult {
    }
}
