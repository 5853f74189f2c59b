package dev.usageschema.examples.validation;

import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A usage record as a billing service stores it: the schema's arithmetic, plus the service's
 * own limits as Bean Validation constraints, which the generated model carries.
 */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface BilledUsage {

    @Size(min = 1, max = 64)
    String model();

    @KnownCurrency(payload = Severe.class)
    String currency();

    /** Billing refuses single calls above a million prompt tokens. */
    @Max(value = 1_000_000, groups = Billing.class)
    long promptTokens();

    long completionTokens();

    @Sum({"promptTokens", "completionTokens"})
    long totalTokens();

    @AtMost("promptTokens")
    Optional<@Valid CacheDetails> promptTokensDetails();
}
