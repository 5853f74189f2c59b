package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.CanonicalMapping;
import dev.usageschema.StreamStyle;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;

/**
 * Cohere chat: the tokens billed are at most the tokens processed, count by count, across the two
 * sibling objects {@code billed_units} and {@code tokens}; both send floating counts. The canonical usage
 * counts what is billed; the tokens processed (which include the prompt template) are left out of it.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@CanonicalMapping(convention = "cohere-chat", input = "billedUnits.inputTokens", output = "billedUnits.outputTokens",
        unmapped = {"tokens.inputTokens", "tokens.outputTokens"})
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface CohereUsage {

    @AtMost(value = "tokens.inputTokens", count = "inputTokens")
    @AtMost(value = "tokens.outputTokens", count = "outputTokens")
    Optional<CohereTokens> billedUnits();

    Optional<CohereTokens> tokens();
}
