package dev.usageschema;

/** The invariant a {@link Violation} breaks. */
public enum Rule {
    /** A required property was not given. */
    REQUIRED,
    /** A property that is not nullable was given as {@code null}. */
    NOT_NULL,
    /** A count below zero. */
    NON_NEGATIVE,
    /** A count held in a floating type that is NaN or infinite, or such a number where it must be finite. */
    FINITE,
    /** A count held in a floating type that has a fraction. */
    WHOLE_NUMBER,
    /** A count held in a floating type above 2^53, where doubles stop holding every whole number. */
    EXACT_RANGE,
    /** A count above {@code Integer.MAX_VALUE} where the wire type or Java type is 32-bit. */
    INT32_RANGE,
    /** A sum past {@code Long.MAX_VALUE}, or past what its total's type can hold. */
    OVERFLOW,
    /** A count that differs from the sum of its declared parts. */
    SUM,
    /** A count above its declared bound. */
    AT_MOST,
    /** Two elements of a list with the same key, where {@link UniqueBy} asks for one element per key. */
    UNIQUE,
    /** A number that is not a count, outside the range its {@link NotACount} declares. */
    RANGE,
    /** An additional property whose name is null or taken by a declared property. */
    ADDITIONAL_PROPERTY,
    /**
     * A value an immutable model cannot hold: an additional property that is not JSON-like, a
     * non-string key, or collections nested too deep (or holding themselves).
     */
    UNSUPPORTED_VALUE,
    /** A JSON value of the wrong type for its property: a string, boolean, object or array where a number belongs. */
    JSON_TYPE,
    /**
     * A JSON number past the range of the Java type that would hold it ({@code 1e400} for a
     * {@code double}, {@code 9223372036854775808} for a {@code long}), in any property, a count or not.
     */
    NUMBER_RANGE,
    /** A JSON object that gives a property twice, by its name twice or by its name and an alternate name. */
    DUPLICATE,
    /** A JSON field that the schema does not declare, where the schema keeps no map of such fields. */
    UNKNOWN_PROPERTY,
    /**
     * JSON that could not be read on: malformed, cut short, not UTF-8, past a reading limit, or read
     * from where what only its text shows is gone (a tree's one value per key, a number held only as
     * a double that may stand for another literal).
     */
    MALFORMED,
    /**
     * Two values that cannot be added: a property given in one and absent in the other where the
     * schema says so ({@link AbsentInSum#VIOLATION}), an explicit {@code null} beside a value, or
     * nothing to add at all.
     */
    NOT_ADDABLE,
    /** A property that must be the same in every value added ({@link MergeRule#AGREE}) and is not. */
    MISMATCH,
    /** A count that went down from one chunk to a later one of a {@link StreamStyle#CUMULATIVE} stream. */
    COUNT_DECREASED,
    /** A second usage in a {@link StreamStyle#FINAL_ONLY} stream: a warning when it repeats the first. */
    REPEATED_USAGE,
    /**
     * A stream that ended without any chunk carrying usage, or a whole response without usage at the
     * place its {@link dev.usageschema.json.UsageSite} names.
     */
    NO_USAGE
}
