package dev.usageschema.examples.lists;

import dev.usageschema.UsageSchema;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/** A list whose elements Bean Validation cascades into. */
@UsageSchema
public interface CascadingUsage {

    long promptTokens();

    List<@Valid CascadedEntry> entries();

    Optional<List<@Valid CascadedEntry>> moreEntries();
}
