package dev.usageschema.examples.seeds.seed004;

import dev.usageschema.UsageSchema;
import java.util.OptionalDouble;

/** The prompt's token breakdown: audio and cached tokens, both part of the prompt. */
@UsageSchema
public interface PromptTokensDetails {

    OptionalDouble audioTokens();

    OptionalDouble cachedTokens();
}
