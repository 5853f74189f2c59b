package dev.usageschema.json;

import java.util.Arrays;

/**
 * One pass over a JSON document that stops at given pointers, the targets, and skips everything
 * else token by token ({@link JsonTokens#skipChildren()}), holding nothing of it: a pointer into
 * element 100,000 of an array skips the 100,000 before it. The whole document is read, so that a
 * malformed tail is found. The targets are at most 64, one bit each in the masks passed around.
 */
final class DocumentWalk {

    /** What is done with a value at one or more targets. */
    interface Visitor {
        /**
         * Reads the value whose first token is {@code token}, all of it (for a container up to its end,
         * through {@link DocumentWalk#into} when {@code deeper} targets lie inside it).
         *
         * @param here   the targets whose pointer names this value
         * @param deeper the targets whose pointer passes through it
         * @param token  the value's first token
         * @param depth  how many reference tokens the pointers to it have
         */
        void visit(long here, long deeper, int token, int depth);
    }

    static final int MAX_TARGETS = Long.SIZE;

    private final String[][] paths;
    private final JsonTokens tokens;
    private final Visitor visitor;
    /**
     * Per depth, the names of the object at hand that led to a target, so that a second field of the
     * same name is found: which of two {@code "usage"} fields a parser keeps is not JSON's to say.
     * Made when a field first leads to a target; its object's entry emptied when the walk enters it.
     */
    private String[][] namesTaken;
    private int[] namesCount;

    /**
     * @param paths   each target's reference tokens, unescaped; at most {@link #MAX_TARGETS}
     * @param tokens  the parser, before the document
     * @param visitor what is done at the targets
     */
    DocumentWalk(String[][] paths, JsonTokens tokens, Visitor visitor) {
        this.paths = paths;
        this.tokens = tokens;
        this.visitor = visitor;
    }

    /**
     * Reads the one document {@code tokens} holds, from before its first token to its end.
     *
     * @param alive the targets to look for; with none the document is only read through
     */
    void document(long alive) {
        int token = tokens.next();
        if (token == JsonTokens.END) {
            throw new JsonInputException("", "the input is empty: no JSON value", null);
        }
        into(token, 0, alive);
        if (tokens.next() != JsonTokens.END) {
            throw new JsonInputException("", "more JSON after the document's one value", null);
        }
    }

    /**
     * Reads the value whose first token is {@code token}: visits it when a target names it, goes
     * into it when one passes through it, else skips it.
     *
     * @param depth  how many reference tokens lead to it
     * @param alive  the targets whose first {@code depth} reference tokens lead to it
     */
    void into(int token, int depth, long alive) {
        long here = 0;
        for (long left = alive; left != 0; left &= left - 1) {
            int target = Long.numberOfTrailingZeros(left);
            if (paths[target].length == depth) {
                here |= 1L << target;
            }
        }
        long deeper = alive & ~here;
        if (namesCount != null && token == JsonTokens.START_OBJECT && depth < namesCount.length) {
            namesCount[depth] = 0;
        }
        if (here != 0) {
            visitor.visit(here, deeper, token, depth);
        } else if (deeper != 0 && token == JsonTokens.START_OBJECT) {
            for (int next = tokens.next(); next != JsonTokens.END_OBJECT; next = tokens.next()) {
                JsonReader.expect(tokens, next, JsonTokens.NAME);
                // A field on no target's way is skipped without a string of its name.
                long through = throughName(deeper, depth);
                if (through == 0) {
                    tokens.next();
                    tokens.skipChildren();
                } else {
                    String name = tokens.name();
                    take(name, depth, through);
                    into(tokens.next(), depth + 1, through);
                }
            }
        } else if (deeper != 0 && token == JsonTokens.START_ARRAY) {
            int index = 0;
            for (int next = tokens.next(); next != JsonTokens.END_ARRAY; next = tokens.next()) {
                JsonReader.notEnd(tokens, next);
                long through = through(deeper, depth, Integer.toString(index++));
                if (through == 0) {
                    tokens.skipChildren();
                } else {
                    into(next, depth + 1, through);
                }
            }
        } else {
            tokens.skipChildren();
        }
    }

    /**
     * Reads the value of the field {@code name} of an object on the way to the {@code alive} targets,
     * whose value's first token is {@code token}.
     */
    void field(String name, int token, int depth, long alive) {
        long through = through(alive, depth, name);
        if (through == 0) {
            tokens.skipChildren();
        } else {
            take(name, depth, through);
            into(token, depth + 1, through);
        }
    }

    /** Notes that the field {@code name}, at {@code depth}, leads to the {@code through} targets: a second is refused. */
    private void take(String name, int depth, long through) {
        if (namesCount == null) {
            int deepest = 0;
            for (String[] path : paths) {
                deepest = Math.max(deepest, path.length);
            }
            namesTaken = new String[deepest][];
            namesCount = new int[deepest];
        }
        String[] taken = namesTaken[depth];
        int count = namesCount[depth];
        for (int at = 0; at < count; at++) {
            if (taken[at].equals(name)) {
                String pointer = pointer(Long.numberOfTrailingZeros(through), depth + 1);
                throw new JsonInputException(pointer, "the field '" + name + "' appears twice in its object, at "
                        + pointer + ": which of the two holds the value is not JSON's to say", null);
            }
        }
        if (taken == null || count == taken.length) {
            taken = namesTaken[depth] = taken == null ? new String[2] : Arrays.copyOf(taken, count * 2);
        }
        taken[count] = name;
        namesCount[depth] = count + 1;
    }

    /** {@return the JSON Pointer of the first {@code length} reference tokens of {@code target}} */
    private String pointer(int target, int length) {
        StringBuilder pointer = new StringBuilder();
        for (int at = 0; at < length; at++) {
            pointer.append('/').append(paths[target][at].replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** {@return the targets of {@code alive} whose reference token at {@code depth} is the field name at hand} */
    private long throughName(long alive, int depth) {
        long through = 0;
        for (long left = alive; left != 0; left &= left - 1) {
            int target = Long.numberOfTrailingZeros(left);
            if (tokens.nameIs(paths[target][depth])) {
                through |= 1L << target;
            }
        }
        return through;
    }

    /** {@return the targets of {@code alive} whose reference token at {@code depth} is {@code segment}} */
    private long through(long alive, int depth, String segment) {
        long through = 0;
        for (long left = alive; left != 0; left &= left - 1) {
            int target = Long.numberOfTrailingZeros(left);
            if (paths[target][depth].equals(segment)) {
                through |= 1L << target;
            }
        }
        return through;
    }
}
