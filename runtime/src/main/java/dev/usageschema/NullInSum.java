package dev.usageschema;

/**
 * What an explicit {@code null} in one of two values added means ({@link Addable#nulls}). {@code null}
 * plus {@code null} stays {@code null} either way.
 */
public enum NullInSum {
    /** {@code null} beside a value or an absence is {@link Rule#NOT_ADDABLE}: a {@code null} count is never taken for 0. */
    VIOLATION,
    /**
     * The {@code null} adds nothing: {@code null} plus 3 is 3, and {@code null} plus an absent value is
     * {@code null} (a {@code null} beside an absence is {@link Rule#NOT_ADDABLE} under
     * {@link AbsentInSum#VIOLATION}, as any value beside an absence is). For a provider that sends
     * {@code null} where a call had nothing to report (OpenRouter's {@code upstream_inference_cost}).
     */
    ADDS_NOTHING
}
