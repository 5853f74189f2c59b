package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.UsageSchema;
import java.util.OptionalInt;

/** One entry of Gemini's per-modality lists: the tokens of one modality. */
@Addable
@UsageSchema
public interface ModalityTokenCount {

    @Merge(MergeRule.AGREE)
    Modality modality();

    OptionalInt tokenCount();
}
