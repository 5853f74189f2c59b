package dev.usageschema.processor.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a {@code @Sum} that ranges over a list of nested schemas: {@code "promptTokensDetails[].tokenCount"},
 * the {@code tokenCount} of every element of {@code promptTokensDetails}, added up.
 *
 * @param list  the list property of the schema
 * @param count the count of the element schema
 */
public record ListSumPart(String list, String count) {

    private static final Pattern FORM = Pattern.compile("([^\\[\\].]+)\\[\\]\\.([^\\[\\].]+)");

    /** The part as a list part, when it is written {@code list[].count}. */
    public static Optional<ListSumPart> of(String part) {
        Matcher matcher = FORM.matcher(part);
        return matcher.matches() ? Optional.of(new ListSumPart(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}
