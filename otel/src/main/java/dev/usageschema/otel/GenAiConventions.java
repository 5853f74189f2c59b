package dev.usageschema.otel;

import io.opentelemetry.api.common.AttributeKey;
import java.util.Optional;

/**
 * The version of the GenAI semantic conventions whose names {@link UsageTelemetry} records. The
 * conventions ask an instrumentation to keep emitting the version it emitted until the user opts
 * into the latest experimental one by listing {@value #LATEST_EXPERIMENTAL_OPT_IN} in {@value
 * #OPT_IN_VARIABLE} (a comma-separated list); {@link #fromEnvironment()} reads that switch. The two
 * versions differ, for what this module records, in the name of the cache-write count only.
 */
public enum GenAiConventions {

    /**
     * Version 1.41.0, the last one published with the semantic conventions themselves, and the
     * default: cache writes are {@code gen_ai.usage.cache_creation.input_tokens}.
     */
    V1_41(GenAiAttributes.GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS, "https://opentelemetry.io/schemas/1.41.0"),

    /**
     * The latest experimental conventions, opted into with {@value #LATEST_EXPERIMENTAL_OPT_IN}: cache
     * writes are {@code gen_ai.usage.cache_write.input_tokens}. They have no published schema yet.
     */
    LATEST_EXPERIMENTAL(GenAiAttributes.GEN_AI_USAGE_CACHE_WRITE_INPUT_TOKENS, null);

    /** The environment variable of the conventions' opt-in switch. */
    public static final String OPT_IN_VARIABLE = "OTEL_SEMCONV_STABILITY_OPT_IN";
    /** The system property that OpenTelemetry's Java instrumentation reads for the same switch; it wins over the variable. */
    public static final String OPT_IN_PROPERTY = "otel.semconv-stability.opt-in";
    /** The value of the switch that opts into {@link #LATEST_EXPERIMENTAL}. */
    public static final String LATEST_EXPERIMENTAL_OPT_IN = "gen_ai_latest_experimental";

    private final AttributeKey<Long> cacheWriteInputTokens;
    private final String schemaUrl;

    GenAiConventions(AttributeKey<Long> cacheWriteInputTokens, String schemaUrl) {
        this.cacheWriteInputTokens = cacheWriteInputTokens;
        this.schemaUrl = schemaUrl;
    }

    /**
     * {@return the conventions the process opts into} the system property {@value #OPT_IN_PROPERTY}
     * when it is set, otherwise the environment variable {@value #OPT_IN_VARIABLE}, read by {@link
     * #fromOptIn(String)}.
     */
    public static GenAiConventions fromEnvironment() {
        String property = System.getProperty(OPT_IN_PROPERTY);
        return fromOptIn(property != null ? property : System.getenv(OPT_IN_VARIABLE));
    }

    /**
     * {@return {@link #LATEST_EXPERIMENTAL} when the comma-separated list names {@value
     * #LATEST_EXPERIMENTAL_OPT_IN}, each entry trimmed, otherwise {@link #V1_41}}; the other
     * categories of the switch ({@code http}, {@code database}, ...) are not this module's.
     * @param optIn the value of the switch, or {@code null} when it is not set
     */
    public static GenAiConventions fromOptIn(String optIn) {
        if (optIn != null) {
            for (String entry : optIn.split(",", -1)) {
                if (entry.trim().equals(LATEST_EXPERIMENTAL_OPT_IN)) {
                    return LATEST_EXPERIMENTAL;
                }
            }
        }
        return V1_41;
    }

    /** {@return the attribute of the input tokens written to the cache, in these conventions} */
    public AttributeKey<Long> cacheWriteInputTokens() {
        return cacheWriteInputTokens;
    }

    /** {@return the schema URL of these conventions, which the module's meter carries; none for the experimental ones} */
    public Optional<String> schemaUrl() {
        return Optional.ofNullable(schemaUrl);
    }
}
