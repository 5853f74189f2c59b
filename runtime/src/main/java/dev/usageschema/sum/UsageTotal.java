package dev.usageschema.sum;

import dev.usageschema.Validated;

/**
 * A running total of an {@code @Addable} schema's values that any number of threads may add to,
 * for a server that sums usage per user or per day as calls finish. The values are numbered in the
 * order the adds took the lock; a violation says the number of the value that brought it.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
public final class UsageTotal<X, M extends X> {

    private final SumState<X, M> state;

    UsageTotal(SumState<X, M> state) {
        this.state = state;
    }

    /**
     * Adds one value: a value that is not valid, or whose adding fails, is left out and its
     * violations kept for {@link #total()}.
     *
     * @param value any implementation of the schema
     * @return this total
     */
    public synchronized UsageTotal<X, M> add(X value) {
        state.add(value);
        return this;
    }

    /** {@return the sum so far after every check of the schema, or every violation met so far} */
    public synchronized Validated<M> total() {
        return state.result();
    }
}
