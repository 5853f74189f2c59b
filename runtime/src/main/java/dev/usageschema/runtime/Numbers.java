package dev.usageschema.runtime;

/** How numbers read in messages: whole doubles without a trailing {@code .0}. */
final class Numbers {

    private Numbers() {
    }

    static String format(Object value) {
        if (value instanceof Double) {
            double d = (Double) value;
            if (d == Math.rint(d) && Math.abs(d) < 1e18) {
                return Long.toString((long) d);
            }
        }
        return String.valueOf(value);
    }
}
