package dev.usageschema.sum;

import dev.usageschema.Validated;

/**
 * A running total of an {@code @Addable} schema's values that any number of threads may add to,
 * for a server that sums usage as calls finish. Each value is checked before the total's lock is
 * taken, then added under it; the values are numbered in the order they took the lock, and a
 * rejected value keeps its number ({@link Rejected#index()}) and the key the caller gave with it.
 * A rejected value leaves the sum as it was: the values after it add as if it had not come.
 *
 * @param <X> the schema
 * @param <M> its generated model
 */
public final class UsageTotal<X, M extends X> {

    private final Adder<X, M> adder;
    private final SumState<X, M> state;
    /** Set when grouped totals remove this group: later adds go to the group begun anew. */
    private boolean closed;

    UsageTotal(Adder<X, M> adder, SumState<X, M> state) {
        this.adder = adder;
        this.state = state;
    }

    /**
     * Adds one value: a value that is not valid, or whose adding fails, is rejected with its
     * violations and the sum stays as it was.
     *
     * @param value any implementation of the schema
     * @return this total
     */
    public UsageTotal<X, M> add(X value) {
        return add(null, value);
    }

    /**
     * Adds one value with the caller's key for it, which a rejection keeps ({@link Rejected#key()}).
     *
     * @param key   what the caller knows the value by, a request id; {@code null} for none
     * @param value any implementation of the schema
     * @return this total
     */
    public UsageTotal<X, M> add(Object key, X value) {
        addIfOpen(key, value, adder.checkNullable(value));
        return this;
    }

    /** {@return whether the value was added: false once grouped totals have removed this group} */
    synchronized boolean addIfOpen(Object key, X value, Validated<M> checked) {
        if (closed) {
            return false;
        }
        state.add(key, value, checked);
        return true;
    }

    /** {@return the total so far: the sum of the values accepted, and the values rejected with their reasons} */
    public synchronized Total<X, M> total() {
        return state.total();
    }

    /** Takes no more adds; {@return the final total} */
    synchronized Total<X, M> close() {
        closed = true;
        return state.total();
    }
}
