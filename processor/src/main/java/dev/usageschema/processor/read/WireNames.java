package dev.usageschema.processor.read;

import dev.usageschema.WireNaming;

/** Java property names to wire names by a schema's naming rule. */
final class WireNames {

    private WireNames() {
    }

    static String apply(WireNaming naming, String javaName) {
        return switch (naming) {
            case CAMEL_CASE -> javaName;
            case SNAKE_CASE -> snakeCase(javaName);
        };
    }

    /**
     * The words of {@code javaName}, lower-cased and joined by {@code _}. A new word starts at
     * <ul>
     *   <li>a capital, unless it follows another capital: {@code promptTokens} is
     *       {@code prompt_tokens};</li>
     *   <li>the last capital of a run of capitals when a lowercase letter follows it:
     *       {@code HTTPStatus} is {@code http_status}, {@code promptTokensURL} is
     *       {@code prompt_tokens_url};</li>
     *   <li>a digit after a word of two or more letters: {@code ephemeral5mInputTokens} is
     *       {@code ephemeral_5m_input_tokens}, since lowercase letters after a digit stay in its
     *       word. After a one-letter word a digit stays in it: {@code cachedTokensV2} is
     *       {@code cached_tokens_v2}, {@code p95LatencyMs} is {@code p95_latency_ms}.</li>
     * </ul>
     * An underscore in the Java name is kept, and no second one is added beside it.
     */
    static String snakeCase(String javaName) {
        StringBuilder wire = new StringBuilder(javaName.length() + 8);
        int wordStart = 0;
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            boolean afterUnderscore = wire.length() > 0 && wire.charAt(wire.length() - 1) == '_';
            if (i > 0 && !afterUnderscore && startsWord(javaName, i, wire.length() - wordStart)) {
                wire.append('_');
                wordStart = wire.length();
            }
            wire.append(Character.toLowerCase(c));
            if (c == '_') {
                wordStart = wire.length();
            }
        }
        return wire.toString();
    }

    /** Whether the character at {@code i > 0} starts a word, the word before it being {@code wordLength} long. */
    private static boolean startsWord(String javaName, int i, int wordLength) {
        char c = javaName.charAt(i);
        char previous = javaName.charAt(i - 1);
        if (Character.isUpperCase(c)) {
            boolean lowerNext = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
            return !Character.isUpperCase(previous) || lowerNext;
        }
        return Character.isDigit(c) && Character.isLetter(previous) && wordLength > 1;
    }
}
