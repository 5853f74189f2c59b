package dev.usageschema.processor.model;

/**
 * A role of the canonical usage that {@code @CanonicalMapping} gives a count of the schema, one per
 * attribute of the annotation. The parts' names are those of the canonical module's
 * {@code CanonicalRole}, which the generated conversion names.
 */
public enum MappedRole {
    INPUT("input", Group.SIDE, Side.INPUT),
    OUTPUT("output", Group.SIDE, Side.OUTPUT),
    TOTAL("total", Group.TOTAL, null),
    CACHE_READ("cacheRead", Group.PART, Side.INPUT),
    CACHE_WRITE("cacheWrite", Group.PART, Side.INPUT),
    CACHE_WRITE_5M("cacheWrite5m", Group.SPLIT, Side.INPUT),
    CACHE_WRITE_1H("cacheWrite1h", Group.SPLIT, Side.INPUT),
    REASONING("reasoning", Group.PART, Side.OUTPUT),
    INPUT_AUDIO("inputAudio", Group.PART, Side.INPUT),
    INPUT_IMAGE("inputImage", Group.PART, Side.INPUT),
    INPUT_VIDEO("inputVideo", Group.PART, Side.INPUT),
    TOOL_USE_INPUT("toolUseInput", Group.PART, Side.INPUT),
    OUTPUT_AUDIO("outputAudio", Group.PART, Side.OUTPUT),
    OUTPUT_IMAGE("outputImage", Group.PART, Side.OUTPUT),
    ACCEPTED_PREDICTION("acceptedPrediction", Group.PART, Side.OUTPUT),
    REJECTED_PREDICTION("rejectedPrediction", Group.PART, Side.OUTPUT),
    WEB_SEARCH_REQUESTS("webSearchRequests", Group.REQUESTS, null),
    COST("cost", Group.COST, null);

    /** What a role is to the conversion. */
    public enum Group {
        /** The provider's input or output count. */
        SIDE,
        /** The provider's total. */
        TOTAL,
        /** A part of the input or the output, inside its side's count or beside it. */
        PART,
        /** A part of the cache writes by time to live. */
        SPLIT,
        /** Web-search requests: not tokens. */
        REQUESTS,
        /** The provider's cost: an exact decimal. */
        COST
    }

    /** Which of the provider's counts a part belongs to. */
    public enum Side {
        INPUT,
        OUTPUT;

        public Side other() {
            return this == INPUT ? OUTPUT : INPUT;
        }

        public MappedRole count() {
            return this == INPUT ? MappedRole.INPUT : MappedRole.OUTPUT;
        }
    }

    private final String attribute;
    private final Group group;
    private final Side side;

    MappedRole(String attribute, Group group, Side side) {
        this.attribute = attribute;
        this.group = group;
        this.side = side;
    }

    /** The annotation attribute that maps it. */
    public String attribute() {
        return attribute;
    }

    public Group group() {
        return group;
    }

    /** The side a token role belongs to; null for the total, requests and cost. */
    public Side side() {
        return side;
    }

    /** Whether the role takes a token count. */
    public boolean isTokens() {
        return group != Group.REQUESTS && group != Group.COST;
    }

    /** A prediction count, which lies inside the output count and never beside it. */
    public boolean mustBeInside() {
        return this == ACCEPTED_PREDICTION || this == REJECTED_PREDICTION;
    }
}
