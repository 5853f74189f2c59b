package dev.usageschema.examples.sum;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.Rule;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableModalityTokenCount;
import dev.usageschema.examples.providers.ImmutableOllamaUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiPromptDetails;
import dev.usageschema.examples.providers.Modality;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiCompletionDetails;
import dev.usageschema.examples.providers.OpenAiPromptDetails;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageTotal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Adding values of an {@code @Addable} schema: each property by its rule, every violation at {@code /i}. */
class AdditionTest {

    private static ImmutableOpenAiChatUsage openAi(long prompt, long completion, OptionalLong cached) {
        ImmutableOpenAiChatUsage.Builder builder = ImmutableOpenAiChatUsage.builder().promptTokens(prompt)
                .completionTokens(completion).totalTokens(prompt + completion).putExtra("note", "kept once");
        if (cached.isPresent()) {
            builder.promptTokensDetails(ImmutableOpenAiPromptDetails.builder().cachedTokens(cached.getAsLong()).build());
        }
        return builder.build();
    }

    private static ImmutableCallUsage call(long input, long output, String model) {
        return ImmutableCallUsage.builder().input(input).output(output).total(input + output).model(model).seconds(0.5)
                .build();
    }

    private static List<String> where(Validated<?> result) {
        return result.violations().stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    @Test
    void countsAndNestedDetailsAddAndTheSumPassesEveryCheck() {
        ImmutableOpenAiChatUsage sum = openAi(100, 20, OptionalLong.of(60)).plus(openAi(50, 5, OptionalLong.of(10)));

        assertThat(sum.promptTokens()).isEqualTo(150);
        assertThat(sum.completionTokens()).isEqualTo(25);
        assertThat(sum.totalTokens()).isEqualTo(175);
        assertThat(sum.promptTokensDetails().orElseThrow().cachedTokens()).isEqualTo(OptionalLong.of(70));
        assertThat(sum.extra()).isEmpty();
    }

    @Test
    void anAbsentCountAddsNothingAndAbsentPlusAbsentStaysAbsent() {
        ImmutableOpenAiChatUsage sum = openAi(100, 20, OptionalLong.empty()).plus(openAi(50, 5, OptionalLong.of(10)));
        assertThat(sum.promptTokensDetails().orElseThrow().cachedTokens()).isEqualTo(OptionalLong.of(10));
        assertThat(sum.completionTokensDetails()).isEmpty();

        Validated<ImmutableStrictCallUsage> strict = ImmutableStrictCallUsage.builder().input(1).build()
                .tryPlus(ImmutableStrictCallUsage.builder().input(2).cached(1).build());
        assertThat(where(strict)).containsExactly("NOT_ADDABLE /1/cached");
        assertThat(ImmutableStrictCallUsage.builder().input(1).build().plus(ImmutableStrictCallUsage.builder().input(2)
                .build()).cached()).isEmpty();
    }

    @Test
    void anExplicitNullIsNeverTakenForZero() {
        ImmutableCallUsage withNull = call(1, 1, "m").toBuilder().cached((OptionalLong) null).build();

        assertThat(where(withNull.tryPlus(call(1, 1, "m").toBuilder().cached(3).build()))).containsExactly("NOT_ADDABLE /1/cached");
        assertThat(where(withNull.tryPlus(call(1, 1, "m")))).containsExactly("NOT_ADDABLE /1/cached");
        assertThat(withNull.plus(withNull).cached()).isNull();
    }

    @Test
    void aSumPastTheCountsTypeIsAnOverflowNeverAWrappedNumber() {
        Validated<ImmutableOpenAiChatUsage> sum = openAi(Long.MAX_VALUE - 10, 5, OptionalLong.empty())
                .tryPlus(openAi(11, 0, OptionalLong.empty()));

        assertThat(sum.isValid()).isFalse();
        assertThat(where(sum)).contains("OVERFLOW /1/prompt_tokens");
        Violation overflow = sum.violations().get(0);
        assertThat(overflow.actual().toString()).isEqualTo("9223372036854775808");
    }

    @Test
    void aNumberThatAddsUpOverflowsItsOwnTypeEitherWay() {
        assertThat(call(1, 1, "m").toBuilder().balance(-5).build().plus(call(1, 1, "m").toBuilder().balance(3).build()).balance())
                .isEqualTo(OptionalInt.of(-2));
        assertThat(where(call(1, 1, "m").toBuilder().balance(Integer.MAX_VALUE).build().tryPlus(call(1, 1, "m").toBuilder().balance(1).build())))
                .containsExactly("OVERFLOW /1/balance");
        Validated<ImmutableCallUsage> below = call(1, 1, "m").toBuilder().balance(Integer.MIN_VALUE).build()
                .tryPlus(call(1, 1, "m").toBuilder().balance(-1).build());
        assertThat(where(below)).containsExactly("OVERFLOW /1/balance");
        assertThat(below.violations().get(0).actual().toString()).isEqualTo("-2147483649");
    }

    @Test
    void aFloatingCountPastTwoToThe53IsAnOverflowNotARoundedSum() {
        ImmutableFloatingUsage top = ImmutableFloatingUsage.builder().tokens(9007199254740992.0).build();
        ImmutableFloatingUsage one = ImmutableFloatingUsage.builder().tokens(1).build();

        Validated<ImmutableFloatingUsage> sum = top.tryPlus(one);
        assertThat(where(sum)).containsExactly("OVERFLOW /1/tokens");
        assertThat(sum.violations().get(0).actual().toString()).isEqualTo("9007199254740993");
        assertThat(top.toBuilder().tokens(9007199254740990.0).build().plus(one).tokens()).isEqualTo(9007199254740991.0);
    }

    @Test
    void aDerivedTotalThatAValueGivesIsAddedNotLost() {
        ImmutableDerivedTotalUsage hundred = ImmutableDerivedTotalUsage.builder().total(100).build();
        ImmutableDerivedTotalUsage fifty = ImmutableDerivedTotalUsage.builder().total(50).build();
        assertThat(hundred.plus(fifty).total()).isEqualTo(OptionalLong.of(150));

        ImmutableDerivedTotalUsage partial = ImmutableDerivedTotalUsage.builder().input(10).total(100).build();
        assertThat(partial.plus(partial).total()).isEqualTo(OptionalLong.of(200));

        ImmutableDerivedTotalUsage whole = ImmutableDerivedTotalUsage.builder().input(5).output(1).build();
        assertThat(whole.plus(whole).total()).isEqualTo(OptionalLong.of(12));
        // 100 tokens whose parts are unknown cannot join parts that add up to 6: reported, not dropped.
        assertThat(where(whole.tryPlus(hundred))).containsExactly("SUM /1/total");
    }

    @Test
    void anInvalidValueIsReportedNotLaunderedIntoTheSum() {
        OpenAiChatUsage wrongTotal = new OpenAiChatUsage() {
            public long promptTokens() { return 10; }
            public long completionTokens() { return 5; }
            public long totalTokens() { return 16; }
            public Optional<OpenAiPromptDetails> promptTokensDetails() { return Optional.empty(); }
            public Optional<OpenAiCompletionDetails> completionTokensDetails() { return Optional.empty(); }
            public Map<String, Object> extra() { return Map.of(); }
        };

        UsageViolationException thrown = assertThrows(UsageViolationException.class,
                () -> openAi(1, 1, OptionalLong.empty()).plus(wrongTotal));
        assertThat(thrown.violations().stream().map(Violation::wirePath).toList()).containsExactly("/1/total_tokens");
        assertThat(thrown.violations().get(0).rule()).isEqualTo(Rule.SUM);
    }

    @Test
    void aTotalSkippedWhileAPartWasAbsentIsCheckedOnTheSumNotTrusted() {
        ImmutablePartlyReportedUsage unchecked = ImmutablePartlyReportedUsage.builder().input(5).total(9).build();
        ImmutablePartlyReportedUsage whole = ImmutablePartlyReportedUsage.builder().input(2).output(3).total(5).build();

        assertThat(where(unchecked.tryPlus(whole))).containsExactly("SUM /1/total");
        assertThat(whole.plus(whole).total()).isEqualTo(OptionalLong.of(10));
    }

    @Test
    void propertiesThatAreNotCountsFollowTheirMergeRule() {
        ImmutableCallUsage first = call(1, 2, "m").toBuilder().requestId("r1").note("n").serviceTier("default").build();
        ImmutableCallUsage second = call(3, 4, "m").toBuilder().requestId("r2").serviceTier("flex").build();

        ImmutableCallUsage sum = first.plus(second);
        assertThat(sum.total()).isEqualTo(10);
        assertThat(sum.serviceTier()).hasValue("flex");
        assertThat(sum.requestId()).hasValue("r1");
        assertThat(sum.note()).isEmpty();
        assertThat(sum.seconds()).isEqualTo(1.0);
        assertThat(call(1, 1, "m").plus(call(1, 1, "m").toBuilder().requestId("r2").build()).requestId()).hasValue("r2");

        assertThat(where(first.tryPlus(call(1, 1, "other")))).containsExactly("MISMATCH /1/model");
    }

    @Test
    void ollamasDurationsAddUpAcrossCallsAsItsCountsDo() {
        ImmutableOllamaUsage call = ImmutableOllamaUsage.builder().promptEvalCount(26).evalCount(298)
                .totalDuration(5_043_500_667L).evalDuration(4_709_213_000L).build();

        ImmutableOllamaUsage two = call.plus(call);
        assertThat(two.evalCount()).isEqualTo(OptionalLong.of(596));
        assertThat(two.totalDuration()).isEqualTo(OptionalLong.of(10_087_001_334L));
        assertThat(two.loadDuration()).isEmpty();
    }

    @Test
    void geminiModalityListsAddByModality() {
        ImmutableGeminiUsageMetadata first = gemini(List.of(modality(Modality.TEXT, 10), modality(Modality.IMAGE, 5)));
        ImmutableGeminiUsageMetadata second = gemini(List.of(modality(Modality.AUDIO, 3), modality(Modality.TEXT, 2)));

        ImmutableGeminiUsageMetadata sum = first.plus(second);
        assertThat(sum.promptTokenCount()).isEqualTo(40);
        assertThat(sum.promptTokensDetails().orElseThrow()).containsExactly(modality(Modality.TEXT, 12),
                modality(Modality.IMAGE, 5), modality(Modality.AUDIO, 3)).inOrder();
    }

    private static ImmutableModalityTokenCount modality(Modality modality, int tokens) {
        return ImmutableModalityTokenCount.builder().modality(modality).tokenCount(tokens).build();
    }

    private static ImmutableGeminiUsageMetadata gemini(List<ImmutableModalityTokenCount> prompt) {
        return ImmutableGeminiUsageMetadata.builder().promptTokenCount(20).totalTokenCount(20)
                .promptTokensDetails(List.copyOf(prompt)).build();
    }

    @Test
    void theCollectorAddsEveryValueAndSetsAsideEachValueThatDoesNotAdd() {
        Total<CallUsage, ImmutableCallUsage> total = Stream.of(call(1, 1, "m"), call(2, 2, "m"), call(3, 3, "x"),
                call(4, 4, "m")).collect(ImmutableCallUsage.adder().summing());
        assertThat(rejected(total)).containsExactly("MISMATCH /2/model");
        assertThat(total.sum().orElseThrow().input()).isEqualTo(7);

        Total<CallUsage, ImmutableCallUsage> valid = IntStream.range(0, 100).mapToObj(i -> call(i, 1, "m"))
                .collect(ImmutableCallUsage.adder().summing());
        assertThat(valid.sum().orElseThrow().input()).isEqualTo(4950);
        assertThat(valid.sum().orElseThrow().total()).isEqualTo(5050);
        assertThat(valid.rejectedCount()).isEqualTo(0);

        Total<CallUsage, ImmutableCallUsage> parallel = IntStream.range(0, 10_000).parallel().mapToObj(i -> call(i, 1,
                i == 7_777 ? "x" : "m")).collect(ImmutableCallUsage.adder().summing());
        assertThat(rejected(parallel)).containsExactly("MISMATCH /7777/model");
        assertThat(parallel.sum().orElseThrow().input()).isEqualTo(10_000L * 9_999 / 2 - 7_777);

        Total<CallUsage, ImmutableCallUsage> none = Stream.<ImmutableCallUsage>empty()
                .collect(ImmutableCallUsage.adder().summing());
        assertThat(none.sum()).isEmpty();
        assertThat(where(none.allOrNothing())).containsExactly("NOT_ADDABLE ");
    }

    /** Each rejected value's violations, at {@code /index} followed by the path in the value. */
    private static List<String> rejected(Total<?, ?> total) {
        return total.rejected().stream().flatMap(entry -> entry.violations().stream()
                .map(violation -> violation.rule() + " /" + entry.index() + violation.wirePath())).toList();
    }

    @Test
    void aRunningTotalTakesAddsFromManyThreads() throws InterruptedException {
        UsageTotal<CallUsage, ImmutableCallUsage> total = ImmutableCallUsage.adder().newTotal();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (int call = 0; call < 4_000; call++) {
            threads.execute(() -> total.add(call(3, 2, "m")));
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        ImmutableCallUsage sum = total.total().sum().orElseThrow();
        assertThat(sum.input()).isEqualTo(12_000);
        assertThat(sum.total()).isEqualTo(20_000);
        assertThat(sum.seconds()).isEqualTo(2_000.0);
    }
}
