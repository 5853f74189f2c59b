package dev.usageschema.processor.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count that lies in a nested object, as a {@code @Sum} part or an {@code @AtMost} bound names
 * it: {@code "cacheCreation.ephemeral5mInputTokens"}, a count of the schema that the property
 * {@code cacheCreation} holds.
 *
 * @param holder the nested-schema property of the schema
 * @param count  the count of the nested schema
 */
public record NestedCountPath(String holder, String count) {

    private static final Pattern FORM = Pattern.compile("([^\\[\\].]+)\\.([^\\[\\].]+)");

    /** The reference as a path, when it is written {@code holder.count}. */
    public static Optional<NestedCountPath> of(String part) {
        Matcher matcher = FORM.matcher(part);
        return matcher.matches() ? Optional.of(new NestedCountPath(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}
