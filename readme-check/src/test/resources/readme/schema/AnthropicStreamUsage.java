package readme.schema;

import dev.usageschema.Addable;
import dev.usageschema.Nullable;
import dev.usageschema.StreamStyle;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** Anthropic's streamed usage, as README's stream blocks read it: running totals, inputs left out of deltas. */
@Addable(stream = StreamStyle.CUMULATIVE)
@UsageSchema(naming = WireNaming.SNAKE_CASE)
interface AnthropicStreamUsage {
    @Nullable
    OptionalLong inputTokens();

    long outputTokens();
}
