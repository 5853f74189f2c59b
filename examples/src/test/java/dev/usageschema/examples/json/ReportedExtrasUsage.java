package dev.usageschema.examples.json;

import dev.usageschema.AdditionalProperties;
import dev.usageschema.Severity;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A gateway's usage that keeps a provider's undeclared fields for the round trip and reports each. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface ReportedExtrasUsage {

    long promptTokens();

    Optional<PromptDetails> promptTokensDetails();

    @AdditionalProperties(report = Severity.WARNING)
    Map<String, Object> extra();

    /** Its prompt details, which keep and report theirs too. */
    @UsageSchema(naming = WireNaming.SNAKE_CASE)
    interface PromptDetails {

        OptionalLong cachedTokens();

        @AdditionalProperties(report = Severity.WARNING)
        Map<String, Object> extra();
    }
}
