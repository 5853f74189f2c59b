package dev.usageschema.canonical;

/**
 * The parts of a provider's counts that a {@link CanonicalConversion} places inside or beside the
 * provider's input or output count, one per attribute of {@link dev.usageschema.CanonicalMapping}.
 */
public enum CanonicalRole {
    /** Tokens read from the prompt cache: a part of the input. */
    CACHE_READ(Side.INPUT),
    /** Tokens written to the prompt cache: a part of the input. */
    CACHE_WRITE(Side.INPUT),
    /** Audio tokens of the input. */
    INPUT_AUDIO(Side.INPUT),
    /** Image tokens of the input. */
    INPUT_IMAGE(Side.INPUT),
    /** Video tokens of the input. */
    INPUT_VIDEO(Side.INPUT),
    /** Tool-use prompt tokens of the input. */
    TOOL_USE_INPUT(Side.INPUT),
    /** Reasoning tokens: a part of the output. */
    REASONING(Side.OUTPUT),
    /** Audio tokens: a part of the output. */
    OUTPUT_AUDIO(Side.OUTPUT),
    /** Image tokens: a part of the output. */
    OUTPUT_IMAGE(Side.OUTPUT),
    /** Accepted prediction tokens, always inside the output. */
    ACCEPTED_PREDICTION(Side.OUTPUT),
    /** Rejected prediction tokens, always inside the output. */
    REJECTED_PREDICTION(Side.OUTPUT);

    /** Which of the provider's counts a part belongs to. */
    public enum Side {
        INPUT,
        OUTPUT
    }

    private final Side side;

    CanonicalRole(Side side) {
        this.side = side;
    }

    /** {@return whether the part belongs to the input or the output} */
    public Side side() {
        return side;
    }
}
