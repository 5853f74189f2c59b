package dev.usageschema.json;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads the usage of one schema in whole JSON documents (responses, or a stream's events),
 * at the sites that {@link StreamSites} rules name, in one pass over each document: the fields that
 * rules select by, and the usage at every site a rule may pick, are read as the pass meets them;
 * then the first rule that selects the document picks its site's first alternative that held a
 * value. A usage read where no rule picks it is left out, violations and all. Immutable; one per
 * schema and rules, reused for every document.
 *
 * @param <M> the model
 */
final class UsageLookup<M> {

    /** The usage a document carries: where, and what reading it found. */
    record Located<M>(String pointer, Validated<M> read) {
    }

    /** A rule, as the targets of the walk: the selector's field, if any, and each alternative's usage. */
    private record Pick(EventSelector selector, int field, int[] alternatives, long mask) {
    }

    private final JsonSchema<M, ?> schema;
    private final String[][] paths;
    /** Each target's pointer; of a usage target, the usage's place in the document. */
    private final String[] pointers;
    /** Whether a usage target shares its object with other fields; for a field target, unused. */
    private final boolean[] among;
    /** Each target's selector when it is a field a rule selects by, else {@code null}: a usage target. */
    private final EventSelector[] selectors;
    private final List<Pick> picks;

    private UsageLookup(JsonSchema<M, ?> schema, StreamSites sites) {
        this.schema = schema;
        List<List<String>> targetPaths = new ArrayList<>();
        List<String> targetPointers = new ArrayList<>();
        List<Boolean> targetAmong = new ArrayList<>();
        List<EventSelector> targetSelectors = new ArrayList<>();
        List<Pick> rules = new ArrayList<>();
        for (StreamSites.Entry entry : sites.entries()) {
            long mask = 0;
            int field = -1;
            if (entry.selector().fieldSegments() != null) {
                field = targetPaths.size();
                targetPaths.add(entry.selector().fieldSegments());
                targetPointers.add(null);
                targetAmong.add(false);
                targetSelectors.add(entry.selector());
                mask |= 1L << field;
            }
            List<UsageSite.Alternative> alternatives = entry.site().alternatives();
            int[] targets = new int[alternatives.size()];
            for (int at = 0; at < targets.length; at++) {
                UsageSite.Alternative alternative = alternatives.get(at);
                int target = -1;
                for (int known = 0; known < targetPaths.size(); known++) {
                    if (targetSelectors.get(known) == null && targetPointers.get(known).equals(alternative.pointer())
                            && targetAmong.get(known) == alternative.among()) {
                        target = known;
                    }
                }
                if (target < 0) {
                    target = targetPaths.size();
                    targetPaths.add(alternative.segments());
                    targetPointers.add(alternative.pointer());
                    targetAmong.add(alternative.among());
                    targetSelectors.add(null);
                }
                targets[at] = target;
                mask |= 1L << target;
            }
            rules.add(new Pick(entry.selector(), field, targets, mask));
        }
        if (targetPaths.size() > DocumentWalk.MAX_TARGETS) {
            throw new IllegalArgumentException("at most " + DocumentWalk.MAX_TARGETS + " pointers, sites and fields"
                    + " selected by, are looked for in one document, not " + targetPaths.size() + ": " + sites);
        }
        this.paths = new String[targetPaths.size()][];
        for (int target = 0; target < paths.length; target++) {
            paths[target] = targetPaths.get(target).toArray(new String[0]);
        }
        this.pointers = targetPointers.toArray(new String[0]);
        this.among = new boolean[targetAmong.size()];
        for (int target = 0; target < among.length; target++) {
            among[target] = targetAmong.get(target);
        }
        this.selectors = targetSelectors.toArray(new EventSelector[0]);
        this.picks = List.copyOf(rules);
    }

    /** {@return the schema this lookup reads} */
    JsonSchema<M, ?> schema() {
        return schema;
    }

    static <M> UsageLookup<M> of(JsonSchema<M, ?> schema, StreamSites sites) {
        return new UsageLookup<>(schema, sites);
    }

    static <M> UsageLookup<M> of(JsonSchema<M, ?> schema, UsageSite site) {
        return new UsageLookup<>(schema, StreamSites.everyEvent(site));
    }

    /**
     * Reads one document.
     *
     * @param tokens the parser, before the document
     * @param event  the document's server-sent-event name, or {@code null} for none
     * @return where its usage is and what reading it found, or {@code null} when it carries none
     * @throws JsonInputException when the document is not well-formed JSON, or breaks a limit
     */
    Located<M> read(JsonTokens tokens, String event) {
        long alive = 0;
        for (Pick pick : picks) {
            if (pick.selector().admitsName(event)) {
                alive |= pick.mask();
            }
        }
        Object[] found = new Object[paths.length];
        Visit visit = new Visit(tokens, found);
        visit.walk = new DocumentWalk(paths, tokens, visit);
        visit.walk.document(alive);
        for (Pick pick : picks) {
            if (!pick.selector().admitsName(event) || pick.field() >= 0 && found[pick.field()] != Boolean.TRUE) {
                continue;
            }
            for (int target : pick.alternatives()) {
                if (found[target] != null) {
                    @SuppressWarnings("unchecked") // a usage target holds what this lookup read with its schema
                    Validated<M> read = (Validated<M>) found[target];
                    return new Located<>(pointers[target], read);
                }
            }
            return null;
        }
        return null;
    }

    /** The violation of a response without usage at {@code site}: at its first pointer, naming them all. */
    static Violation noUsage(JsonSchema<?, ?> schema, UsageSite site) {
        String where = site.described();
        return new Violation(site.pointers().get(0), "", Rule.NO_USAGE, Severity.ERROR, null,
                "a " + schema.name() + " object at " + where, "the response holds no " + schema.name() + " at "
                        + where + ": absent or null");
    }

    /** One document's walk: what it found at each target, a usage's read or whether a field selects. */
    private final class Visit implements DocumentWalk.Visitor {

        private final JsonTokens tokens;
        private final Object[] found;
        private DocumentWalk walk;

        Visit(JsonTokens tokens, Object[] found) {
            this.tokens = tokens;
            this.found = found;
        }

        @Override
        public void visit(long here, long deeper, int token, int depth) {
            int usage = -1;
            for (long left = here; left != 0 && usage < 0; left &= left - 1) {
                int target = Long.numberOfTrailingZeros(left);
                if (selectors[target] == null) {
                    usage = target;
                }
            }
            if (usage < 0) {
                for (long left = here; left != 0; left &= left - 1) {
                    int target = Long.numberOfTrailingZeros(left);
                    found[target] = selectors[target].matches(token, tokens);
                }
                if (deeper != 0) {
                    walk.into(token, depth, deeper);
                } else {
                    tokens.skipChildren();
                }
                return;
            }
            Validated<M> read = readUsage(usage, token, depth, deeper);
            for (long left = here; left != 0; left &= left - 1) {
                int target = Long.numberOfTrailingZeros(left);
                found[target] = selectors[target] == null ? read : Boolean.FALSE;
            }
        }

        /** {@return the usage at {@code target}, or {@code null} when it holds none} */
        private Validated<M> readUsage(int target, int token, int depth, long deeper) {
            String pointer = pointers[target];
            if (token == JsonTokens.NULL) {
                return null;
            }
            if (token != JsonTokens.START_OBJECT) {
                tokens.skipChildren();
                return Validated.invalid(schema.name(), List.of(new Violation(pointer, "", Rule.JSON_TYPE, Severity.ERROR,
                        JsonViolations.describe(token), "an object", "the usage at " + (pointer.isEmpty() ? "the document"
                                : pointer) + " is " + JsonViolations.describe(token) + ", not a " + schema.name()
                                + " object")));
            }
            FieldsBeside beside = null;
            if (among[target]) {
                beside = new FieldsBeside() {
                    @Override
                    void field(String name, int value) {
                        walk.field(name, value, depth, deeper);
                    }
                };
            }
            Found violations = new Found();
            M model = JsonReader.readObject(tokens, schema, 0, violations, beside);
            if (beside != null && beside.declared == 0) {
                return null;
            }
            if (!pointer.isEmpty()) {
                violations.moveUnder(0, pointer, "");
            }
            return model == null ? Validated.invalid(schema.name(), violations.all())
                    : Validated.valid(schema.name(), model, violations.all());
        }
    }
}
