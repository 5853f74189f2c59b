package dev.usageschema.examples.providers;

import dev.usageschema.AbsentParts;
import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.OptionalInt;

/**
 * Gemini: the total adds thinking and tool-use prompt tokens to prompt and candidates; counts are
 * int32 on the wire.
 */
@UsageSchema
public interface GeminiUsageMetadata {

    int promptTokenCount();

    OptionalInt candidatesTokenCount();

    OptionalInt thoughtsTokenCount();

    OptionalInt toolUsePromptTokenCount();

    @AtMost("promptTokenCount")
    OptionalInt cachedContentTokenCount();

    @Sum(value = {"promptTokenCount", "candidatesTokenCount", "thoughtsTokenCount", "toolUsePromptTokenCount"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO)
    int totalTokenCount();
}
