package dev.usageschema;

/**
 * What a property absent from one of two values added means ({@link Addable#absent}). Absent plus
 * absent stays absent either way; an explicit {@code null} is never taken for 0: {@code null} plus
 * {@code null} stays {@code null}, and {@code null} beside anything else is {@link Rule#NOT_ADDABLE}.
 */
public enum AbsentInSum {
    /** The absent value adds nothing: absent plus 3 is 3. */
    ADDS_NOTHING,
    /** Absent beside a value is {@link Rule#NOT_ADDABLE}: the sum of a count known in one value only is not known. */
    VIOLATION
}
