package dev.usageschema.otel;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The names {@link UsageTelemetry} records beside the GenAI conventions, in this project's own
 * {@code usage_schema} namespace: a count of the violations that usages carry, and an event on the
 * span for each.
 */
public final class UsageSchemaAttributes {

    /**
     * The violations counter, in {@value #VIOLATION_UNIT}: one per violation of a recorded usage, errors
     * and warnings, with {@link #VIOLATION_RULE}, {@link #VIOLATION_SEVERITY} and {@link
     * GenAiAttributes#GEN_AI_PROVIDER_NAME}. It says on a dashboard which provider sends which
     * inconsistent counts.
     */
    public static final String VIOLATIONS = "usage_schema.violations";
    /** The unit of the violations counter. */
    public static final String VIOLATION_UNIT = "{violation}";
    /** The name of the span event added for each violation of a recorded usage. */
    public static final String VIOLATION_EVENT = "usage_schema.violation";

    /** The violated rule, its {@link dev.usageschema.Rule} name in lower case: {@code sum}, {@code at_most}, ... */
    public static final AttributeKey<String> VIOLATION_RULE = AttributeKey.stringKey("usage_schema.violation.rule");
    /** {@code error}, which rejects the usage, or {@code warning}, which reports it. */
    public static final AttributeKey<String> VIOLATION_SEVERITY =
            AttributeKey.stringKey("usage_schema.violation.severity");
    /** Where, as a JSON Pointer in the canonical usage's wire names: {@code /output_text_tokens}. Events only. */
    public static final AttributeKey<String> VIOLATION_PATH = AttributeKey.stringKey("usage_schema.violation.path");
    /** The violation's message for a person. Events only. */
    public static final AttributeKey<String> VIOLATION_MESSAGE =
            AttributeKey.stringKey("usage_schema.violation.message");

    private UsageSchemaAttributes() {
    }
}
