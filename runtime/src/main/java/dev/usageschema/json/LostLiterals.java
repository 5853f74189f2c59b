package dev.usageschema.json;

import dev.usageschema.runtime.Property;

/**
 * Numbers whose literal is gone ({@link JsonTokens#literalLost()}): a double parsed from a literal
 * that the reader never sees. What the double still shows is judged as the literal would be; what
 * it may hide stops the reading, rather than a rounded number being taken: {@code 1e-400} and
 * {@code 0.0} give the same double, as {@code 1.0000000000000000001} and {@code 1.0} do, 2^53 + 1
 * and 2^53, {@code 1e400} and {@code Infinity}.
 */
final class LostLiterals {

    /** What a number is read into, and so which doubles can stand for more than one literal. */
    enum Need {
        /** A {@code double}: any finite double is the double of its literal; an infinity may be a literal too large. */
        A_DOUBLE("a literal too large for a double gives an infinity too (1e400)"),
        /** A whole number: a fraction and NaN are what they look like; a whole double may be a literal with a fraction, or past 2^53. */
        A_WHOLE_NUMBER("a literal with a fraction, or past 2^53, gives a whole double too (1e-400 gives 0.0)"),
        /** The literal's exact value, as undeclared fields keep it: a double rounds it. */
        THE_LITERAL("its exact value is its literal's, which the double rounds");

        private final String why;

        Need(String why) {
            this.why = why;
        }
    }

    private LostLiterals() {
    }

    /**
     * Stops the reading at a {@link JsonTokens#FLOAT} whose literal is gone, when its double may
     * stand for a literal that {@code need} would judge otherwise.
     *
     * @param tokens the parser, at the number
     * @param at     where the number stands
     * @param digits what {@link JsonTokens#literal()} gave
     * @param need   what the number is read into
     * @throws JsonInputException when the double cannot be judged
     */
    static void judge(JsonTokens tokens, Property at, String digits, Need need) {
        String lost = tokens.literalLost();
        if (lost == null) {
            return;
        }
        double value = Double.parseDouble(digits);
        boolean hidden = switch (need) {
            case A_DOUBLE -> Double.isInfinite(value);
            case A_WHOLE_NUMBER -> Double.isInfinite(value) || value == Math.rint(value);
            case THE_LITERAL -> !Double.isNaN(value);
        };
        if (hidden) {
            throw new JsonInputException(tokens.pointer(), at.name() + " " + digits + " cannot be judged: " + need.why
                    + "; it " + lost, null);
        }
    }
}
