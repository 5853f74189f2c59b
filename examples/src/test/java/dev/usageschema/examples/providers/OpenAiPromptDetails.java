package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** Parts of the prompt count. */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface OpenAiPromptDetails {

    OptionalLong cachedTokens();

    OptionalLong audioTokens();
}
