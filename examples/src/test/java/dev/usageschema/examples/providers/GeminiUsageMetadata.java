package dev.usageschema.examples.providers;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UniqueBy;
import dev.usageschema.UsageSchema;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Gemini: the total adds thinking and tool-use prompt tokens to prompt and candidates; counts are
 * int32 on the wire. The per-modality lists break down the prompt and the candidates; each entry is
 * within its parent count (recorded traffic shows lists that do not add up to their parent, with
 * built-in tools and image generation, so no sum over them is declared).
 */
@Addable(stream = StreamStyle.CUMULATIVE)
@CanonicalMapping(convention = "gemini-generate-content", input = "promptTokenCount", output = "candidatesTokenCount",
        total = "totalTokenCount", cacheRead = "cachedContentTokenCount", reasoning = "thoughtsTokenCount",
        toolUseInput = "toolUsePromptTokenCount")
@UsageSchema
public interface GeminiUsageMetadata {

    int promptTokenCount();

    OptionalInt candidatesTokenCount();

    OptionalInt thoughtsTokenCount();

    OptionalInt toolUsePromptTokenCount();

    @AtMost("promptTokenCount")
    OptionalInt cachedContentTokenCount();

    @AtMost("promptTokenCount")
    @UniqueBy("modality")
    Optional<List<ModalityTokenCount>> promptTokensDetails();

    @AtMost("candidatesTokenCount")
    @UniqueBy("modality")
    Optional<List<ModalityTokenCount>> candidatesTokensDetails();

    @Sum(value = {"promptTokenCount", "candidatesTokenCount", "thoughtsTokenCount", "toolUsePromptTokenCount"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO)
    int totalTokenCount();
}
