package dev.usageschema.examples.json;

import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalLong;

/** One modality's tokens, as Gemini (by name) and Vertex AI (by number) send it, beside an enum read by name alone. */
@UsageSchema
public interface ModalityTokens {

    ProtoModality modality();

    OptionalLong tokenCount();

    Optional<CacheTtl> ttl();
}
