package dev.usageschema.providers.openai;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The OpenAI Realtime API's {@code response.usage} in a {@code response.done} server event, one response of
 * a session (the GA shape, and the beta shape without image tokens or the cached split). Every line held in
 * 38 of 38 recorded events: total = input + output; input = its text + audio + image tokens, the cached
 * tokens among them (cached = its own text + audio + image, each within the same modality of the input);
 * output = its text + audio tokens. {@code reasoning_tokens}, which the SDK type lacks, was seen 7 times
 * (Azure Voice Live's 0, and 17 inside 33 output text tokens once): it lies inside the output.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "openai-realtime", input = "inputTokens", output = "outputTokens", total = "totalTokens",
        cacheRead = "inputTokenDetails.cachedTokens", inputAudio = "inputTokenDetails.audioTokens",
        inputImage = "inputTokenDetails.imageTokens", reasoning = "outputTokenDetails.reasoningTokens",
        outputAudio = "outputTokenDetails.audioTokens",
        unmapped = {"inputTokenDetails.textTokens", "inputTokenDetails.cachedTokensDetails.textTokens",
            "inputTokenDetails.cachedTokensDetails.audioTokens", "inputTokenDetails.cachedTokensDetails.imageTokens",
            "outputTokenDetails.textTokens"})
@UsageSchema
public interface RealtimeUsage {

    @Sum({"inputTokens", "outputTokens"})
    OptionalLong totalTokens();

    @Sum({"inputTokenDetails.textTokens", "inputTokenDetails.audioTokens", "inputTokenDetails.imageTokens"})
    OptionalLong inputTokens();

    @Sum({"outputTokenDetails.textTokens", "outputTokenDetails.audioTokens"})
    OptionalLong outputTokens();

    @AtMost("inputTokens")
    Optional<InputDetails> inputTokenDetails();

    @AtMost("outputTokens")
    Optional<OutputDetails> outputTokenDetails();

    /** The input by modality, cached tokens included in each, and the cached tokens by modality. */
    @Addable
    @UsageSchema
    interface InputDetails {

        OptionalLong textTokens();

        OptionalLong audioTokens();

        OptionalLong imageTokens();

        @Sum({"cachedTokensDetails.textTokens", "cachedTokensDetails.audioTokens", "cachedTokensDetails.imageTokens"})
        OptionalLong cachedTokens();

        @AtMost(value = "textTokens", count = "textTokens")
        @AtMost(value = "audioTokens", count = "audioTokens")
        @AtMost(value = "imageTokens", count = "imageTokens")
        Optional<Modalities> cachedTokensDetails();
    }

    /** The cached input tokens by modality. */
    @Addable
    @UsageSchema
    interface Modalities {

        OptionalLong textTokens();

        OptionalLong audioTokens();

        OptionalLong imageTokens();
    }

    /** The output by modality, reasoning inside its text. */
    @Addable
    @UsageSchema
    interface OutputDetails {

        OptionalLong textTokens();

        OptionalLong audioTokens();

        OptionalLong reasoningTokens();
    }
}
