package readme.schema;

import dev.usageschema.Addable;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** The prompt details README's OpenAiChatUsage nests, "@Addable too". */
@Addable
@UsageSchema(naming = WireNaming.SNAKE_CASE)
interface OpenAiPromptDetails {
    OptionalLong cachedTokens();
}
