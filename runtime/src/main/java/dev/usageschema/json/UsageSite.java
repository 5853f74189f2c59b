package dev.usageschema.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a usage object sits in a whole response or stream event: one JSON Pointer (RFC 6901;
 * {@code ""} the document itself, {@code ~1} a {@code /} and {@code ~0} a {@code ~} in a name), or
 * several alternatives tried in order: Groq sends usage at {@code /usage} in responses and at
 * {@code /x_groq/usage} in stream chunks. The first alternative that holds a value other than
 * {@code null} is the usage, wherever it stands in the document; a later one that holds a value too
 * is read as JSON (the document must be well-formed) and then left out.
 *
 * <p>An alternative written {@link #amongFieldsOf} says that the usage's fields sit beside the
 * response's own in the object at the pointer, as Ollama puts {@code prompt_eval_count} beside
 * {@code model} and {@code done}: that object's fields the schema declares are the usage, and the
 * others are the response's, neither kept nor reported as unknown usage fields. Such an object holds
 * no usage when it holds none of the schema's fields. Immutable.
 */
public final class UsageSite {

    /** One alternative: a pointer, and whether the usage shares its object with other fields. */
    record Alternative(String pointer, List<String> segments, boolean among) {
    }

    private final List<Alternative> alternatives;
    /** The lookup of the schema last read here, reused while the same schema is read: built once, not per document. */
    private volatile UsageLookup<?> lastLookup;

    private UsageSite(List<Alternative> alternatives) {
        this.alternatives = List.copyOf(alternatives);
        for (int one = 0; one < this.alternatives.size(); one++) {
            for (int other = 0; other < this.alternatives.size(); other++) {
                Alternative outer = this.alternatives.get(one);
                Alternative inner = this.alternatives.get(other);
                if (one != other && !outer.among() && startsWith(inner.segments(), outer.segments())) {
                    throw new IllegalArgumentException("the site " + this.alternatives.stream().map(Alternative::pointer)
                            .toList() + " has '" + inner.pointer() + "'" + (inner.segments().equals(outer.segments())
                            ? " twice" : " inside the usage at '" + outer.pointer() + "', where it is never read"));
                }
            }
        }
    }

    /**
     * {@return the usage object at {@code pointer}, or else at the first of {@code alternatives} that holds one}
     * @param pointer      a JSON Pointer: {@code "/usage"}, {@code "/choices/0/usage"}, {@code ""} for the document
     * @param alternatives more pointers, tried in order when {@code pointer} holds no usage
     * @throws IllegalArgumentException when a pointer is not one (it starts with neither {@code /} nor
     *                                  ends there, or holds a {@code ~} other than {@code ~0} and {@code ~1}),
     *                                  or lies inside another
     */
    public static UsageSite at(String pointer, String... alternatives) {
        List<Alternative> all = new ArrayList<>();
        all.add(alternative(pointer, false));
        for (String alternative : alternatives) {
            all.add(alternative(alternative, false));
        }
        return new UsageSite(all);
    }

    /**
     * {@return the usage whose fields sit among the response's own in the object at {@code pointer}}
     * The object's fields that the schema does not declare are the response's: not read into the
     * usage, not reported; the pointers of other alternatives may pass through them.
     * @param pointer a JSON Pointer, {@code ""} for the document's own fields (Ollama's {@code /api/chat})
     */
    public static UsageSite amongFieldsOf(String pointer) {
        return new UsageSite(List.of(alternative(pointer, true)));
    }

    /**
     * {@return this site, then {@code other}'s alternatives, tried after this one's}
     * @param other a site
     */
    public UsageSite or(UsageSite other) {
        List<Alternative> all = new ArrayList<>(alternatives);
        all.addAll(other.alternatives);
        return new UsageSite(all);
    }

    /** {@return the pointers, in the order they are tried} */
    public List<String> pointers() {
        return alternatives.stream().map(Alternative::pointer).toList();
    }

    List<Alternative> alternatives() {
        return alternatives;
    }

    /** {@return the lookup of {@code schema}'s usage at this site, the one last built when it was for the same schema} */
    @SuppressWarnings("unchecked") // the cached lookup was built for this very schema
    <M> UsageLookup<M> lookup(JsonSchema<M, ?> schema) {
        UsageLookup<?> cached = lastLookup;
        if (cached != null && cached.schema() == schema) {
            return (UsageLookup<M>) cached;
        }
        UsageLookup<M> built = UsageLookup.of(schema, this);
        lastLookup = built;
        return built;
    }

    /** {@return the pointers as messages name them: {@code /usage or /x_groq/usage}, {@code "" (the document)}} */
    String described() {
        StringBuilder text = new StringBuilder();
        for (Alternative alternative : alternatives) {
            text.append(text.length() == 0 ? "" : " or ")
                    .append(alternative.pointer().isEmpty() ? "the document" : alternative.pointer());
            if (alternative.among()) {
                text.append(" (among its fields)");
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UsageSite that && alternatives.equals(that.alternatives);
    }

    @Override
    public int hashCode() {
        return alternatives.hashCode();
    }

    @Override
    public String toString() {
        return "UsageSite[" + described() + "]";
    }

    private static Alternative alternative(String pointer, boolean among) {
        return new Alternative(pointer, segments(pointer), among);
    }

    /** The reference tokens of a JSON Pointer, unescaped (RFC 6901, section 4). */
    static List<String> segments(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("'" + pointer + "' is not a JSON Pointer: it starts with '/',"
                    + " or is \"\" for the document");
        }
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (int at = 1; at <= pointer.length(); at++) {
            char c = at == pointer.length() ? '/' : pointer.charAt(at);
            if (c == '/') {
                segments.add(segment.toString());
                segment.setLength(0);
            } else if (c == '~') {
                char next = at + 1 < pointer.length() ? pointer.charAt(at + 1) : 0;
                if (next != '0' && next != '1') {
                    throw new IllegalArgumentException("'" + pointer + "' is not a JSON Pointer: '~' at " + at
                            + " is followed by neither 0 (for '~') nor 1 (for '/')");
                }
                segment.append(next == '0' ? '~' : '/');
                at++;
            } else {
                segment.append(c);
            }
        }
        return List.copyOf(segments);
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}
