package readme.canonical;

import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** The completion details README's mapped OpenAiChatUsage nests. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
interface CompletionDetails {
    OptionalLong reasoningTokens();
}
