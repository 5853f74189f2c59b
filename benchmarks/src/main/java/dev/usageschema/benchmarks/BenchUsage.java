package dev.usageschema.benchmarks;

import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.OptionalLong;

/** The shape as a usage schema. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface BenchUsage {

    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    OptionalLong cachedTokens();
}
