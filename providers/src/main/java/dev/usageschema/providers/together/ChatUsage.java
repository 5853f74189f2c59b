package dev.usageschema.providers.together;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.Severity;
import dev.usageschema.StreamStyle;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/**
 * Together's {@code usage}: total = prompt + completion (23 of 23 recorded). The prompt-cache reads come as
 * a top-level {@code cached_tokens}, which neither SDK declares; every recording had 0, so whether they lie
 * inside the prompt (as OpenAI's name suggests, and as mapped) is not established, and the bound ships as a
 * warning.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "together-chat", input = "promptTokens", output = "completionTokens",
        total = "totalTokens", cacheRead = "cachedTokens")
@UsageSchema
public interface ChatUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost(value = "promptTokens", severity = Severity.WARNING)
    OptionalLong cachedTokens();
}
