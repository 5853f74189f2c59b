package dev.usageschema.processor.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a {@code @Sum} that lies in a nested object: {@code "cacheCreation.ephemeral5mInputTokens"},
 * a count of the schema that the property {@code cacheCreation} holds.
 *
 * @param holder the nested-schema property of the schema
 * @param count  the count of the nested schema
 */
public record NestedSumPart(String holder, String count) {

    private static final Pattern FORM = Pattern.compile("([^\\[\\].]+)\\.([^\\[\\].]+)");

    /** The part as a nested part, when it is written {@code holder.count}. */
    public static Optional<NestedSumPart> of(String part) {
        Matcher matcher = FORM.matcher(part);
        return matcher.matches() ? Optional.of(new NestedSumPart(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}
