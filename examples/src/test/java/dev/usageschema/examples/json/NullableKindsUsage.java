package dev.usageschema.examples.json;

import dev.usageschema.NotACount;
import dev.usageschema.Nullable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import dev.usageschema.examples.providers.OpenAiPromptDetails;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** A usage whose every property may be absent or an explicit {@code null}, one of each kind a model writes. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface NullableKindsUsage {

    @Nullable
    OptionalLong cachedTokens();

    @Nullable
    OptionalDouble billedTokens();

    @Nullable
    @NotACount
    OptionalDouble seconds();

    @Nullable
    Optional<OpenAiPromptDetails> details();

    @Nullable
    Optional<List<OpenAiPromptDetails>> segments();

    @Nullable
    Optional<String> model();
}
