package dev.usageschema.providers.google;

import dev.usageschema.Addable;
import dev.usageschema.Int32;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/** One entry of Gemini's per-modality lists; a zero count is left out ({@code {"modality": "TEXT"}}, seen twice). */
@Addable
@UsageSchema
public interface ModalityTokenCount {

    @Merge(MergeRule.AGREE)
    Modality modality();

    @Int32
    OptionalLong tokenCount();
}
