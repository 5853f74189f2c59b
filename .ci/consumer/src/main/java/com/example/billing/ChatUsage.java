package com.example.billing;

import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;

/** A schema in a project that has nothing of usage-schema but README's Maven snippet. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface ChatUsage {
    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();
}
