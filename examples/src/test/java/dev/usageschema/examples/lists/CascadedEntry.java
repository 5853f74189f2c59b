package dev.usageschema.examples.lists;

import dev.usageschema.UsageSchema;
import jakarta.validation.constraints.Max;

/** An element with a constraint of the application's own. */
@UsageSchema
public interface CascadedEntry {

    @Max(10)
    long tokens();
}
