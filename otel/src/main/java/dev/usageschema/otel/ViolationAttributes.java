package dev.usageschema.otel;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Violation;
import io.opentelemetry.api.common.Attributes;
import java.util.Locale;

/** The attributes of a violation: on the violations counter, and on its span event. */
final class ViolationAttributes {

    /** Each rule's attribute value, made once. */
    private static final String[] RULES = names(Rule.values());
    /** Each severity's attribute value, made once. */
    private static final String[] SEVERITIES = names(Severity.values());

    private ViolationAttributes() {
    }

    /** {@return the counter's attributes of a violation of a usage from the provider} */
    static Attributes counted(Violation violation, String providerName) {
        return Attributes.of(UsageSchemaAttributes.VIOLATION_RULE, RULES[violation.rule().ordinal()],
                UsageSchemaAttributes.VIOLATION_SEVERITY, SEVERITIES[violation.severity().ordinal()],
                GenAiAttributes.GEN_AI_PROVIDER_NAME, providerName);
    }

    /** {@return the span event's attributes of a violation} */
    static Attributes event(Violation violation) {
        return Attributes.of(UsageSchemaAttributes.VIOLATION_RULE, RULES[violation.rule().ordinal()],
                UsageSchemaAttributes.VIOLATION_SEVERITY, SEVERITIES[violation.severity().ordinal()],
                UsageSchemaAttributes.VIOLATION_PATH, violation.wirePath(),
                UsageSchemaAttributes.VIOLATION_MESSAGE, violation.message());
    }

    private static String[] names(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (Enum<?> value : values) {
            names[value.ordinal()] = value.name().toLowerCase(Locale.ROOT);
        }
        return names;
    }
}
