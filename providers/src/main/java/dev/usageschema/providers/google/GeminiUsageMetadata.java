package dev.usageschema.providers.google;

import dev.usageschema.AbsentParts;
import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Int32;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UniqueBy;
import dev.usageschema.UsageSchema;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Gemini's {@code usageMetadata}. The total adds the thoughts and the tool-use prompt tokens to the prompt
 * and the candidates (334 of 334 Gemini API bodies, 79 of 79 stream chunks, 126 of 126 Vertex bodies;
 * without the tool-use term it fails in 17), so both are beside their side's count; the cached content lies
 * inside the prompt (15 of 15). Proto3 JSON leaves zero counts out, and Vertex's interim stream chunks carry
 * only {@code trafficType}: every count is optional. Each per-modality list is bounded by its count, not
 * summed to it: the prompt's list fell short of the prompt in 7 of 334 bodies (tool use, grounding), the
 * candidates' in 5 of 42 (image output).
 */
@Addable(stream = StreamStyle.CUMULATIVE)
@CanonicalMapping(convention = "gemini", input = "promptTokenCount", output = "candidatesTokenCount",
        total = "totalTokenCount", cacheRead = "cachedContentTokenCount", reasoning = "thoughtsTokenCount",
        toolUseInput = "toolUsePromptTokenCount")
@UsageSchema
public interface GeminiUsageMetadata {

    /** The prompt's tokens, the cached content included. */
    @Int32
    OptionalLong promptTokenCount();

    /** The candidates' tokens, every candidate; left out when none. */
    @Int32
    OptionalLong candidatesTokenCount();

    /** Thinking tokens, beside the candidates. */
    @Int32
    OptionalLong thoughtsTokenCount();

    /** The prompt tokens of tool use (grounding, URL context, code execution), beside the prompt. */
    @Int32
    OptionalLong toolUsePromptTokenCount();

    /** The cached content's tokens, inside the prompt. */
    @AtMost("promptTokenCount")
    @Int32
    OptionalLong cachedContentTokenCount();

    @Sum(value = {"promptTokenCount", "candidatesTokenCount", "thoughtsTokenCount", "toolUsePromptTokenCount"},
            whenAbsent = AbsentParts.COUNT_AS_ZERO)
    @Int32
    OptionalLong totalTokenCount();

    @AtMost(value = "promptTokenCount", count = "tokenCount")
    @UniqueBy("modality")
    Optional<List<ModalityTokenCount>> promptTokensDetails();

    @AtMost(value = "candidatesTokenCount", count = "tokenCount")
    @UniqueBy("modality")
    Optional<List<ModalityTokenCount>> candidatesTokensDetails();

    /** The cached content by modality: it summed to the cached count in 15 of 15 bodies. */
    @AtMost(value = "cachedContentTokenCount", count = "tokenCount")
    @UniqueBy("modality")
    Optional<List<ModalityTokenCount>> cacheTokensDetails();

    /** The tool-use prompt by modality: it summed to its count in 15 of 15 bodies and 17 of 17 chunks. */
    @AtMost(value = "toolUsePromptTokenCount", count = "tokenCount")
    @UniqueBy("modality")
    Optional<List<ModalityTokenCount>> toolUsePromptTokensDetails();

    /** Vertex only: how the call was billed. */
    @Merge(MergeRule.LAST)
    Optional<TrafficType> trafficType();

    /** Gemini API only, undocumented: {@code standard} in 57 of 334 recorded bodies (2026). */
    @Merge(MergeRule.LAST)
    Optional<String> serviceTier();
}
