package dev.usageschema.examples.sum;

import dev.usageschema.Addable;
import dev.usageschema.Merge;
import dev.usageschema.MergeRule;
import dev.usageschema.NotACount;
import dev.usageschema.Nullable;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** One call's usage with a property under each merge rule, and a count that may be an explicit null. */
@Addable
@UsageSchema
public interface CallUsage {

    long input();

    long output();

    @Nullable
    OptionalLong cached();

    @Sum({"input", "output"})
    long total();

    @Merge(MergeRule.AGREE)
    String model();

    @Merge(MergeRule.LAST)
    Optional<String> serviceTier();

    @Merge(MergeRule.FIRST)
    Optional<String> requestId();

    @Merge(MergeRule.DROP)
    Optional<String> note();

    @NotACount(min = 0)
    @Merge(MergeRule.ADD)
    double seconds();

    @NotACount
    @Merge(MergeRule.ADD)
    OptionalInt balance();
}
