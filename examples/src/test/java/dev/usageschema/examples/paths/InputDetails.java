package dev.usageschema.examples.paths;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;

/** Tokens per modality. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface InputDetails {

    Modality audio();

    Optional<Modality> text();
}
