package dev.usageschema.examples.providers;

import dev.usageschema.UsageSchema;
import java.util.OptionalInt;

/** One entry of Gemini's per-modality lists: the tokens of one modality. */
@UsageSchema
public interface ModalityTokenCount {

    Modality modality();

    OptionalInt tokenCount();
}
