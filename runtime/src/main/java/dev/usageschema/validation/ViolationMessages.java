package dev.usageschema.validation;

import dev.usageschema.Violation;

/**
 * The message template of a violation: a sentence from the bundle ({@code dev.usageschema.rule.SUM},
 * translatable and overridable) and, where it helps, the names and numbers involved, which read
 * the same in any language. Those are escaped, so that no value can be taken for a message
 * parameter or an expression by either interpolator.
 */
final class ViolationMessages {

    private ViolationMessages() {
    }

    static String template(Violation violation) {
        String sentence = "{dev.usageschema.rule." + violation.rule().name() + "}";
        String details = details(violation);
        return details.isEmpty() ? sentence : sentence + " (" + escape(details) + ")";
    }

    private static String details(Violation violation) {
        return switch (violation.rule()) {
            case REQUIRED, NOT_NULL, OVERFLOW -> "";
            case SUM, AT_MOST -> violation.message();
            default -> String.valueOf(violation.actual());
        };
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
