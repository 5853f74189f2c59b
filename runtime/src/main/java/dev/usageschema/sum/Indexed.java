package dev.usageschema.sum;

import dev.usageschema.Violation;

/** A violation and the index of the value, or the chunk, whose adding found it. */
record Indexed(long index, Violation violation) {

    /** {@return the violation at {@code /index} followed by its path} */
    Violation located() {
        return violation.under("/" + index, "[" + index + "]");
    }
}
