package com.example.billing;

import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** A schema of the project's own, beside README's Getting started: the processor its Maven block names writes its model. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface ChatUsage {
    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();
}
