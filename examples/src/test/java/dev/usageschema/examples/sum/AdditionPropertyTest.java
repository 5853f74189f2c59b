package dev.usageschema.examples.sum;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.StreamStyle;
import dev.usageschema.Validated;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableModalityTokenCount;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiCompletionDetails;
import dev.usageschema.examples.providers.ImmutableOpenAiPromptDetails;
import dev.usageschema.examples.providers.Modality;
import dev.usageschema.examples.providers.ModalityTokenCount;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiCompletionDetails;
import dev.usageschema.examples.providers.OpenAiPromptDetails;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Addition against plain arithmetic: on random valid OpenAI and Gemini usages, the sum of valid
 * values is valid and holds the exact sums; addition is associative with the empty usage as its
 * identity; a sum past a count's type is reported, never wrapped; an invalid value is reported at
 * its index, never added; a cumulative stream ends at its last chunk and a delta stream at the sum.
 */
class AdditionPropertyTest {

    private static final long HUGE = 1L << 50;

    @Provide
    Arbitrary<ImmutableOpenAiChatUsage> openAi() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, HUGE).edgeCases(edges -> edges.includeOnly(0L, HUGE));
        return Combinators.combine(counts, counts, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
                .as((prompt, completion, promptDetails, completionDetails) -> {
                    ImmutableOpenAiChatUsage.Builder usage = ImmutableOpenAiChatUsage.builder().promptTokens(prompt)
                            .completionTokens(completion).totalTokens(prompt + completion);
                    if (promptDetails > 0) {
                        ImmutableOpenAiPromptDetails.Builder details = ImmutableOpenAiPromptDetails.builder()
                                .cachedTokens(prompt / (promptDetails + 1));
                        if (promptDetails > 1) {
                            details.audioTokens(prompt / 7);
                        }
                        usage.promptTokensDetails(details.build());
                    }
                    if (completionDetails > 0) {
                        usage.completionTokensDetails(ImmutableOpenAiCompletionDetails.builder()
                                .reasoningTokens(completion / (completionDetails + 1)).build());
                    }
                    return usage.build();
                });
    }

    private static final ImmutableOpenAiChatUsage ZERO = ImmutableOpenAiChatUsage.builder().promptTokens(0)
            .completionTokens(0).totalTokens(0).build();

    @Property(tries = 500)
    void theSumOfValidValuesIsValidAndHoldsTheExactSums(@ForAll("openAi") ImmutableOpenAiChatUsage a,
            @ForAll("openAi") ImmutableOpenAiChatUsage b) {
        Validated<ImmutableOpenAiChatUsage> sum = a.tryPlus(b);

        assertThat(sum.violations()).isEmpty();
        ImmutableOpenAiChatUsage value = sum.orElseThrow();
        assertThat(value.promptTokens()).isEqualTo(a.promptTokens() + b.promptTokens());
        assertThat(value.totalTokens()).isEqualTo(a.totalTokens() + b.totalTokens());
        assertThat(value.promptTokensDetails().flatMap(details -> box(details.cachedTokens())))
                .isEqualTo(addGiven(a.promptTokensDetails().flatMap(details -> box(details.cachedTokens())),
                        b.promptTokensDetails().flatMap(details -> box(details.cachedTokens()))));
        assertThat(value.completionTokensDetails().flatMap(details -> box(details.reasoningTokens())))
                .isEqualTo(addGiven(a.completionTokensDetails().flatMap(details -> box(details.reasoningTokens())),
                        b.completionTokensDetails().flatMap(details -> box(details.reasoningTokens()))));
        assertThat(ImmutableOpenAiChatUsage.check(value)).isEmpty();
    }

    private static Optional<Long> box(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    /** Absent adds nothing; absent and absent stay absent. */
    private static Optional<Long> addGiven(Optional<Long> a, Optional<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isPresent() ? a : b;
        }
        return Optional.of(a.get() + b.get());
    }

    @Property(tries = 300)
    void additionIsAssociative(@ForAll("openAi") ImmutableOpenAiChatUsage a, @ForAll("openAi") ImmutableOpenAiChatUsage b,
            @ForAll("openAi") ImmutableOpenAiChatUsage c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    }

    @Property(tries = 300)
    void theEmptyUsageIsTheIdentity(@ForAll("openAi") ImmutableOpenAiChatUsage a) {
        assertThat(a.plus(ZERO)).isEqualTo(a);
        assertThat(ZERO.plus(a)).isEqualTo(a);
    }

    @Property(tries = 500)
    void aSumPastLongIsReportedNeverWrapped(@ForAll("nearMax") long first, @ForAll("nearMax") long second) {
        ImmutableOpenAiChatUsage a = ImmutableOpenAiChatUsage.builder().promptTokens(first).completionTokens(0)
                .totalTokens(first).build();
        ImmutableOpenAiChatUsage b = ImmutableOpenAiChatUsage.builder().promptTokens(second).completionTokens(0)
                .totalTokens(second).build();
        BigInteger exact = BigInteger.valueOf(first).add(BigInteger.valueOf(second));

        Validated<ImmutableOpenAiChatUsage> sum = a.tryPlus(b);
        if (exact.bitLength() < Long.SIZE) {
            assertThat(sum.orElseThrow().promptTokens()).isEqualTo(exact.longValueExact());
        } else {
            assertThat(sum.isValid()).isFalse();
            assertThat(where(sum)).containsExactly("OVERFLOW /1/prompt_tokens", "OVERFLOW /1/total_tokens");
            assertThat(sum.violations().get(0).actual()).isEqualTo(exact);
        }
    }

    @Provide
    Arbitrary<Long> nearMax() {
        return Arbitraries.longs().between(Long.MAX_VALUE / 2 - 1000, Long.MAX_VALUE / 2 + 1000)
                .edgeCases(edges -> edges.includeOnly(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2 + 1));
    }

    /** A hand-made value whose total is not its parts' sum, unless {@code off} is 0. */
    record HandMade(long promptTokens, long completionTokens, long off) implements OpenAiChatUsage {
        public long totalTokens() {
            return promptTokens + completionTokens + off;
        }

        public Optional<OpenAiPromptDetails> promptTokensDetails() {
            return Optional.empty();
        }

        public Optional<OpenAiCompletionDetails> completionTokensDetails() {
            return Optional.empty();
        }

        public Map<String, Object> extra() {
            return Map.of();
        }
    }

    @Property(tries = 300)
    void anInvalidValueIsSetAsideAtItsIndexNeverAdded(@Size(min = 1, max = 6) @ForAll List<@From("openAi")
            ImmutableOpenAiChatUsage> valid, @ForAll("offsets") long off) {
        List<OpenAiChatUsage> values = new ArrayList<>(valid);
        int at = values.size() / 2;
        values.add(at, new HandMade(5, 6, off));

        Total<OpenAiChatUsage, ImmutableOpenAiChatUsage> sum = values.stream()
                .collect(ImmutableOpenAiChatUsage.adder().summing());
        long validTotal = valid.stream().mapToLong(ImmutableOpenAiChatUsage::totalTokens).sum();
        if (off == 0) {
            assertThat(sum.sum().orElseThrow().totalTokens()).isEqualTo(11 + validTotal);
        } else {
            assertThat(sum.sum().orElseThrow().totalTokens()).isEqualTo(validTotal);
            assertThat(sum.rejected()).hasSize(1);
            assertThat(sum.rejected().get(0).index()).isEqualTo(at);
            assertThat(where(sum.allOrNothing())).containsExactly("SUM /" + at + "/total_tokens");
        }
    }

    @Provide
    Arbitrary<Long> offsets() {
        return Arbitraries.longs().between(-3, 3);
    }

    // ---- Gemini: per-modality lists add by modality

    @Provide
    Arbitrary<ImmutableGeminiUsageMetadata> gemini() {
        Arbitrary<List<Modality>> modalities = Arbitraries.of(Modality.values()).list().uniqueElements().ofMaxSize(4);
        return Combinators.combine(modalities, Arbitraries.integers().between(0, 1000).list().ofSize(4),
                Arbitraries.integers().between(0, 5000)).as((keys, counts, candidates) -> {
                    List<ModalityTokenCount> details = new ArrayList<>();
                    int prompt = 0;
                    for (int i = 0; i < keys.size(); i++) {
                        details.add(ImmutableModalityTokenCount.builder().modality(keys.get(i)).tokenCount(counts.get(i))
                                .build());
                        prompt += counts.get(i);
                    }
                    return ImmutableGeminiUsageMetadata.builder().promptTokenCount(prompt).candidatesTokenCount(candidates)
                            .totalTokenCount(prompt + candidates).promptTokensDetails(details).build();
                });
    }

    @Property(tries = 300)
    void modalityListsAddByModality(@ForAll("gemini") ImmutableGeminiUsageMetadata a,
            @ForAll("gemini") ImmutableGeminiUsageMetadata b) {
        ImmutableGeminiUsageMetadata sum = a.plus(b);

        Map<Modality, Integer> expected = new EnumMap<>(Modality.class);
        for (ImmutableGeminiUsageMetadata value : List.of(a, b)) {
            value.promptTokensDetails().orElseThrow().forEach(entry -> expected.merge(entry.modality(),
                    entry.tokenCount().orElseThrow(), Integer::sum));
        }
        Map<Modality, Integer> actual = new EnumMap<>(Modality.class);
        sum.promptTokensDetails().orElseThrow().forEach(entry -> actual.put(entry.modality(), entry.tokenCount().orElseThrow()));
        assertThat(actual).isEqualTo(expected);
        assertThat(sum.promptTokensDetails().orElseThrow()).hasSize(expected.size());
    }

    // ---- streams

    @Property(tries = 300)
    void aCumulativeStreamEndsAtItsLastChunk(@Size(min = 1, max = 8) @ForAll List<@From("openAi")
            ImmutableOpenAiChatUsage> increments, @ForAll boolean withoutUsageBetween) {
        // Running totals of the increments: each chunk the usage so far, every chunk with the same details.
        UsageStream<OpenAiChatUsage, ImmutableOpenAiChatUsage> stream = ImmutableOpenAiChatUsage.adder()
                .newStream(StreamStyle.CUMULATIVE);
        ImmutableOpenAiChatUsage soFar = null;
        for (ImmutableOpenAiChatUsage increment : increments) {
            ImmutableOpenAiChatUsage plain = ImmutableOpenAiChatUsage.builder().promptTokens(increment.promptTokens())
                    .completionTokens(increment.completionTokens()).totalTokens(increment.totalTokens()).build();
            soFar = soFar == null ? plain : soFar.plus(plain);
            stream.chunk(soFar);
            if (withoutUsageBetween) {
                stream.chunk(null);
            }
        }
        assertThat(stream.finish().sum().orElseThrow()).isEqualTo(soFar);
    }

    @Property(tries = 300)
    void aDeltaStreamEndsAtTheSumOfItsChunks(@Size(min = 1, max = 8) @ForAll List<@From("openAi")
            ImmutableOpenAiChatUsage> chunks) {
        UsageStream<OpenAiChatUsage, ImmutableOpenAiChatUsage> stream = ImmutableOpenAiChatUsage.adder()
                .newStream(StreamStyle.DELTA);
        chunks.forEach(chunk -> stream.chunk(chunk).chunk(null));

        assertThat(stream.finish().sum().orElseThrow()).isEqualTo(chunks.stream()
                .collect(ImmutableOpenAiChatUsage.adder().summing()).sum().orElseThrow());
    }

    private static List<String> where(Validated<?> result) {
        return result.violations().stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }
}
