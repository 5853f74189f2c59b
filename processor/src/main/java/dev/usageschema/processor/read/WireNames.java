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

    /** {@code promptTokensDetails} to {@code prompt_tokens_details}; a run of capitals stays one word. */
    static String snakeCase(String javaName) {
        StringBuilder wire = new StringBuilder(javaName.length() + 8);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1));
                boolean endsRun = i > 0 && i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if (afterLower || (endsRun && wire.length() > 0)) {
                    wire.append('_');
                }
                wire.append(Character.toLowerCase(c));
            } else {
                wire.append(c);
            }
        }
        return wire.toString();
    }
}
