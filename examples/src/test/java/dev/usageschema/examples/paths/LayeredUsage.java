package dev.usageschema.examples.paths;

import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Rules that reach two levels down, a total that lies in a nested object, and a bound on one count of a list. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface LayeredUsage {

    long inputTokens();

    long outputTokens();

    @AtMost("inputTokens")
    InputDetails inputDetails();

    /** The billed total is reported inside its own object, and is the sum of this object's counts. */
    @Sum(value = {"inputTokens", "outputTokens"}, count = "billedTokens")
    Billing billing();

    @Sum({"inputDetails.audio.tokens", "inputDetails.text.tokens"})
    OptionalLong modalityTokens();

    @AtMost("inputDetails.audio.tokens")
    OptionalLong audioReplayTokens();

    @AtMost(value = "outputTokens", count = "audio.tokens")
    Optional<InputDetails> outputDetails();

    /** Each segment's tokens are within the output; its characters are not tokens of it. */
    @AtMost(value = "outputTokens", count = "tokens")
    List<Segment> segments();
}
