package dev.usageschema.examples.providers;

import dev.usageschema.Addable;
import dev.usageschema.AtMost;
import dev.usageschema.StreamStyle;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Optional;

/**
 * Cohere chat: the tokens billed are at most the tokens processed, count by count, across the two
 * sibling objects {@code billed_units} and {@code tokens}; both send floating counts.
 */
@Addable(stream = StreamStyle.FINAL_ONLY)
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface CohereUsage {

    @AtMost(value = "tokens.inputTokens", count = "inputTokens")
    @AtMost(value = "tokens.outputTokens", count = "outputTokens")
    Optional<CohereTokens> billedUnits();

    Optional<CohereTokens> tokens();
}
