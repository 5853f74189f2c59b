package dev.usageschema.runtime;

import dev.usageschema.Violation;

/** What an {@code @AtMost} violation says: {@code cachedTokens 10 > promptTokens 9}, at the bounded count. */
class AtMostWords implements Violation.Words {

    private final Property bounded;
    private final Property bound;
    private final long value;
    private final long boundValue;

    AtMostWords(Property bounded, Property bound, long value, long boundValue) {
        this.bounded = bounded;
        this.bound = bound;
        this.value = value;
        this.boundValue = boundValue;
    }

    @Override
    public String wirePath() {
        return bounded.wirePath();
    }

    @Override
    public String propertyPath() {
        return bounded.propertyPath();
    }

    @Override
    public String expected() {
        return "<= " + boundValue + " (" + bound.name() + ")";
    }

    @Override
    public String message() {
        return bounded.name() + " " + value + " > " + bound.name() + " " + boundValue;
    }
}
