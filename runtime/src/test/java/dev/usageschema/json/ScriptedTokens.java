package dev.usageschema.json;

/**
 * A parser for tests that replays tokens: a code, and for names, strings and numbers the text after it.
 * Says every number fits a {@code long}, which the interface promises only at an integer, and stands at
 * {@code /at/<index of its token>}: a parser looser than Jackson's, for the reader's edges (a test may
 * override a method to be looser still).
 */
class ScriptedTokens implements JsonTokens {
    private final Object[] script;
    private int at = -1;

    ScriptedTokens(Object... script) {
        this.script = script;
    }

    @Override
    public int next() {
        do {
            at++;
        } while (at < script.length && script[at] instanceof String);
        return at < script.length ? (Integer) script[at] : END;
    }

    @Override
    public String name() {
        return (String) script[at + 1];
    }

    @Override
    public String string() {
        return (String) script[at + 1];
    }

    @Override
    public boolean fitsLong() {
        return true;
    }

    @Override
    public long longValue() {
        return Long.parseLong((String) script[at + 1]);
    }

    @Override
    public String literal() {
        return (String) script[at + 1];
    }

    @Override
    public void skipChildren() {
        int token = (Integer) script[at];
        if (token != START_OBJECT && token != START_ARRAY) {
            return;
        }
        for (int depth = 1; depth > 0; ) {
            int next = next();
            if (next == END) {
                return;
            }
            depth += next == START_OBJECT || next == START_ARRAY ? 1 : next == END_OBJECT || next == END_ARRAY ? -1 : 0;
        }
    }

    @Override
    public String pointer() {
        return "/at/" + at;
    }
}
