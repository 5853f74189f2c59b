package dev.usageschema.examples.canonical;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.Validated;
import dev.usageschema.canonical.CanonicalUsage;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableAnthropicCacheCreation;
import dev.usageschema.examples.providers.ImmutableAnthropicStreamUsage;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableBedrockCacheDetail;
import dev.usageschema.examples.providers.ImmutableBedrockTokenUsage;
import dev.usageschema.examples.providers.ImmutableCohereTokens;
import dev.usageschema.examples.providers.ImmutableCohereUsage;
import dev.usageschema.examples.providers.ImmutableDeepSeekUsage;
import dev.usageschema.examples.providers.ImmutableEmbeddingUsage;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableGroqUsage;
import dev.usageschema.examples.providers.ImmutableOllamaUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiCompletionDetails;
import dev.usageschema.examples.providers.ImmutableOpenAiPromptDetails;
import dev.usageschema.examples.providers.ImmutableOpenRouterUsage;
import dev.usageschema.examples.providers.ImmutableOpenRouterUsage_CompletionDetails;
import dev.usageschema.examples.providers.ImmutableOpenRouterUsage_PromptDetails;
import dev.usageschema.examples.providers.ImmutableXaiUsage;
import dev.usageschema.examples.providers.ImmutableXaiUsage_XaiCompletionDetails;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The canonical usage of every mapped example schema, on random values: of a valid value, the
 * canonical identities hold (recomputed here, not read from the canonical rules) and its input and
 * output totals are what the provider's convention says; the canonical usage of a sum is the sum of
 * the canonical usages; and a value that breaks a rule, the provider's or the canonical one, is
 * reported, never turned into valid-looking numbers.
 */
class CanonicalPropertyTest {

    /** Random counts, each maybe absent; below 2^28, so that Bedrock's and Gemini's int32 sums fit. */
    record Counts(long[] values, boolean[] given) {

        long at(int index) {
            return values[index % values.length];
        }

        boolean has(int index) {
            return given[index % given.length];
        }

        /** At most {@code bound} when the value must fit its rules, else as drawn. */
        long within(int index, long bound, boolean fit) {
            return fit ? at(index) % (bound + 1) : at(index);
        }
    }

    /**
     * One mapped schema: a value made from random counts (fitted to the schema's rules, or as drawn),
     * its canonical usage, its sum when it adds up, and what its convention says the canonical input
     * and output totals are.
     */
    record Mapped<M>(String name, Function<Fit, Validated<M>> make, Function<M, Validated<ImmutableCanonicalUsage>> canonical,
            BinaryOperator<Validated<M>> plus, ToLongFunction<M> input, ToLongFunction<M> output) {

        record Fit(Counts counts, boolean fit) {
        }

        Validated<M> value(Counts counts, boolean fit) {
            return make.apply(new Fit(counts, fit));
        }
    }

    private static long or0(OptionalLong count) {
        return count.orElse(0);
    }

    static final List<Mapped<?>> SCHEMAS = List.of(
            new Mapped<ImmutableOpenAiChatUsage>("OpenAI chat", f -> {
                Counts r = f.counts();
                long prompt = r.at(0);
                long completion = r.at(1);
                ImmutableOpenAiChatUsage.Builder usage = ImmutableOpenAiChatUsage.builder().promptTokens(prompt)
                        .completionTokens(completion).totalTokens(f.fit() ? prompt + completion : r.at(2));
                if (r.has(3)) {
                    usage.promptTokensDetails(ImmutableOpenAiPromptDetails.builder()
                            .cachedTokens(r.within(3, prompt, f.fit())).audioTokens(r.within(4, prompt, f.fit())).build());
                }
                if (r.has(5)) {
                    long reasoning = r.within(5, completion, f.fit());
                    ImmutableOpenAiCompletionDetails.Builder details = ImmutableOpenAiCompletionDetails.builder()
                            .reasoningTokens(reasoning)
                            .acceptedPredictionTokens(r.within(7, completion, f.fit()));
                    if (r.has(6)) {
                        details.audioTokens(r.within(6, completion - reasoning, f.fit()));
                    }
                    usage.completionTokensDetails(details.build());
                }
                return usage.tryBuild();
            }, ImmutableOpenAiChatUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    ImmutableOpenAiChatUsage::promptTokens, ImmutableOpenAiChatUsage::completionTokens),
            new Mapped<ImmutableAnthropicUsage>("Anthropic", f -> {
                Counts r = f.counts();
                ImmutableAnthropicUsage.Builder usage = ImmutableAnthropicUsage.builder().inputTokens(r.at(0))
                        .outputTokens(r.at(1));
                if (r.has(2)) {
                    usage.cacheReadInputTokens(r.at(2));
                }
                if (r.has(3)) {
                    long fiveMinutes = r.within(3, r.at(4), f.fit());
                    usage.cacheCreationInputTokens(r.at(4)).cacheCreation(ImmutableAnthropicCacheCreation.builder()
                            .ephemeral5mInputTokens(fiveMinutes).ephemeral1hInputTokens(f.fit() ? r.at(4) - fiveMinutes : r.at(6))
                            .build());
                }
                if (!f.fit()) {
                    usage.totalTokens(r.at(5));
                }
                return usage.tryBuild();
            }, ImmutableAnthropicUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    usage -> usage.inputTokens() + or0(usage.cacheReadInputTokens()) + or0(usage.cacheCreationInputTokens()),
                    ImmutableAnthropicUsage::outputTokens),
            new Mapped<ImmutableAnthropicStreamUsage>("Anthropic stream", f -> {
                Counts r = f.counts();
                ImmutableAnthropicStreamUsage.Builder usage = ImmutableAnthropicStreamUsage.builder().outputTokens(r.at(1));
                if (r.has(0)) {
                    usage.inputTokens(r.at(0));
                }
                if (r.has(2)) {
                    usage.cacheReadInputTokens(r.at(2));
                }
                if (r.has(3)) {
                    usage.cacheCreationInputTokens(r.at(3));
                }
                return usage.tryBuild();
            }, ImmutableAnthropicStreamUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    usage -> or0(usage.inputTokens()) + or0(usage.cacheReadInputTokens())
                            + or0(usage.cacheCreationInputTokens()),
                    ImmutableAnthropicStreamUsage::outputTokens),
            new Mapped<ImmutableBedrockTokenUsage>("Bedrock", f -> {
                Counts r = f.counts();
                Integer read = r.has(2) ? (int) r.at(2) : null;
                Integer write = r.has(3) ? (int) r.at(3) : null;
                ImmutableBedrockTokenUsage.Builder usage = ImmutableBedrockTokenUsage.builder().inputTokens(r.at(0))
                        .outputTokens(r.at(1)).cacheReadInputTokens(read).cacheWriteInputTokens(write)
                        .totalTokens(f.fit() ? r.at(0) + r.at(1) + (read == null ? 0 : read) + (write == null ? 0 : write)
                                : r.at(4));
                if (write != null && r.has(5)) {
                    usage.cacheDetails(List.of(ImmutableBedrockCacheDetail.builder().inputTokens(write).ttl("5m").build()));
                }
                return usage.tryBuild();
            }, ImmutableBedrockTokenUsage::toCanonical, null,
                    usage -> usage.inputTokens() + (usage.cacheReadInputTokens() == null ? 0 : usage.cacheReadInputTokens())
                            + (usage.cacheWriteInputTokens() == null ? 0 : usage.cacheWriteInputTokens()),
                    ImmutableBedrockTokenUsage::outputTokens),
            new Mapped<ImmutableGeminiUsageMetadata>("Gemini", f -> {
                Counts r = f.counts();
                int prompt = (int) r.at(0);
                ImmutableGeminiUsageMetadata.Builder usage = ImmutableGeminiUsageMetadata.builder().promptTokenCount(prompt);
                long total = prompt;
                if (r.has(1)) {
                    usage.candidatesTokenCount((int) r.at(1));
                    total += r.at(1);
                }
                if (r.has(2)) {
                    usage.thoughtsTokenCount((int) r.at(2));
                    total += r.at(2);
                }
                if (r.has(3)) {
                    usage.toolUsePromptTokenCount((int) r.at(3));
                    total += r.at(3);
                }
                if (r.has(4)) {
                    usage.cachedContentTokenCount((int) r.within(4, prompt, f.fit()));
                }
                return usage.totalTokenCount((int) (f.fit() ? total : r.at(5))).tryBuild();
            }, ImmutableGeminiUsageMetadata::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    usage -> usage.promptTokenCount() + usage.toolUsePromptTokenCount().orElse(0),
                    usage -> usage.candidatesTokenCount().orElse(0) + usage.thoughtsTokenCount().orElse(0)),
            new Mapped<ImmutableXaiUsage>("xAI", f -> {
                Counts r = f.counts();
                long reasoning = r.has(2) ? r.at(2) : 0;
                ImmutableXaiUsage.Builder usage = ImmutableXaiUsage.builder().promptTokens(r.at(0))
                        .completionTokens(r.at(1))
                        .totalTokens(f.fit() ? r.at(0) + r.at(1) + reasoning + r.at(3) % 64 : r.at(3));
                if (r.has(2)) {
                    usage.completionTokensDetails(ImmutableXaiUsage_XaiCompletionDetails.builder()
                            .reasoningTokens(reasoning).build());
                }
                return usage.tryBuild();
            }, ImmutableXaiUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    ImmutableXaiUsage::promptTokens, usage -> usage.completionTokens()
                            + usage.completionTokensDetails().map(details -> details.reasoningTokens()).orElse(0L)),
            new Mapped<ImmutableDeepSeekUsage>("DeepSeek", f -> {
                Counts r = f.counts();
                long prompt = f.fit() ? r.at(0) + r.at(1) : r.at(4);
                return ImmutableDeepSeekUsage.builder().promptCacheHitTokens(r.at(0)).promptCacheMissTokens(r.at(1))
                        .promptTokens(prompt).completionTokens(r.at(2))
                        .totalTokens(f.fit() ? prompt + r.at(2) : r.at(3)).tryBuild();
            }, ImmutableDeepSeekUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    ImmutableDeepSeekUsage::promptTokens, ImmutableDeepSeekUsage::completionTokens),
            new Mapped<ImmutableGroqUsage>("Groq", f -> {
                Counts r = f.counts();
                return ImmutableGroqUsage.builder().promptTokens(r.at(0)).completionTokens(r.at(1))
                        .totalTokens(f.fit() ? r.at(0) + r.at(1) : r.at(2)).queueTime(r.at(3) / 1e6).tryBuild();
            }, ImmutableGroqUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    ImmutableGroqUsage::promptTokens, ImmutableGroqUsage::completionTokens),
            new Mapped<ImmutableCohereUsage>("Cohere", f -> {
                Counts r = f.counts();
                ImmutableCohereUsage.Builder usage = ImmutableCohereUsage.builder();
                if (r.has(0)) {
                    usage.tokens(ImmutableCohereTokens.builder().inputTokens(r.at(0)).outputTokens(r.at(1)).build());
                    if (r.has(2)) {
                        usage.billedUnits(ImmutableCohereTokens.builder().inputTokens(r.within(2, r.at(0), f.fit()))
                                .outputTokens(r.within(3, r.at(1), f.fit())).build());
                    }
                }
                return usage.tryBuild();
            }, ImmutableCohereUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    usage -> (long) usage.billedUnits().flatMap(billed -> box(billed.inputTokens())).orElse(0.0).doubleValue(),
                    usage -> (long) usage.billedUnits().flatMap(billed -> box(billed.outputTokens())).orElse(0.0).doubleValue()),
            new Mapped<ImmutableOllamaUsage>("Ollama", f -> {
                Counts r = f.counts();
                ImmutableOllamaUsage.Builder usage = ImmutableOllamaUsage.builder().totalDuration(r.at(3));
                if (r.has(0)) {
                    usage.promptEvalCount(r.at(0));
                }
                if (r.has(1)) {
                    usage.evalCount(r.at(1));
                }
                return usage.tryBuild();
            }, ImmutableOllamaUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    usage -> or0(usage.promptEvalCount()), usage -> or0(usage.evalCount())),
            new Mapped<ImmutableEmbeddingUsage>("embeddings", f -> {
                Counts r = f.counts();
                return ImmutableEmbeddingUsage.builder().promptTokens(r.at(0)).totalTokens(f.fit() ? r.at(0) : r.at(1))
                        .tryBuild();
            }, ImmutableEmbeddingUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    ImmutableEmbeddingUsage::promptTokens, usage -> 0),
            new Mapped<GatewayUsageRecord>("gateway", f -> {
                Counts r = f.counts();
                GatewayUsageRecord.Builder usage = GatewayUsageRecord.builder().model("m").requestId(null).retries(0)
                        .promptTokens(r.at(0)).completionTokens(r.at(1));
                if (r.has(2)) {
                    usage.reasoningTokens(r.within(2, r.at(1), f.fit()));
                }
                return usage.tryBuild();
            }, GatewayUsageRecord::toCanonical, null,
                    GatewayUsageRecord::promptTokens, GatewayUsageRecord::completionTokens),
            new Mapped<ImmutableOpenRouterUsage>("OpenRouter", f -> {
                Counts r = f.counts();
                long prompt = r.at(0);
                long completion = r.at(1);
                ImmutableOpenRouterUsage.Builder usage = ImmutableOpenRouterUsage.builder().promptTokens(prompt)
                        .completionTokens(completion).totalTokens(prompt + completion)
                        .cost(BigDecimal.valueOf(r.at(6), 6));
                if (r.has(2)) {
                    long cached = r.within(2, prompt, f.fit());
                    usage.promptTokensDetails(ImmutableOpenRouterUsage_PromptDetails.builder().cachedTokens(cached)
                            .cacheWriteTokens(r.within(3, prompt - cached, f.fit())).build());
                }
                if (r.has(4)) {
                    usage.completionTokensDetails(ImmutableOpenRouterUsage_CompletionDetails.builder()
                            .reasoningTokens(r.within(4, completion, f.fit())).build());
                }
                return usage.tryBuild();
            }, ImmutableOpenRouterUsage::toCanonical, (a, b) -> a.orElseThrow().tryPlus(b.orElseThrow()),
                    ImmutableOpenRouterUsage::promptTokens, ImmutableOpenRouterUsage::completionTokens));

    private static Optional<Double> box(java.util.OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    @Provide
    Arbitrary<Counts> counts() {
        Arbitrary<Long> count = Arbitraries.longs().between(0, (1L << 28) - 1)
                .edgeCases(edges -> edges.includeOnly(0L, (1L << 28) - 1));
        return Combinators.combine(count.array(long[].class).ofSize(8),
                Arbitraries.of(true, false).list().ofSize(8))
                .as((values, given) -> {
                    boolean[] flags = new boolean[given.size()];
                    for (int index = 0; index < flags.length; index++) {
                        flags[index] = given.get(index);
                    }
                    return new Counts(values, flags);
                });
    }

    /** The canonical identities, recomputed from the canonical usage's counts. */
    private static void assertIdentities(String schema, CanonicalUsage canonical) {
        long input = canonical.inputUncachedTokens() + or0(canonical.cacheReadTokens()) + or0(canonical.cacheWriteTokens());
        long output = canonical.outputTextTokens() + or0(canonical.reasoningTokens()) + or0(canonical.outputAudioTokens())
                + or0(canonical.outputImageTokens());
        assertWithMessage("%s input of %s", schema, canonical).that(canonical.inputTokens()).isEqualTo(input);
        assertWithMessage("%s output of %s", schema, canonical).that(canonical.outputTokens()).isEqualTo(output);
        assertWithMessage("%s total of %s", schema, canonical).that(canonical.totalTokens())
                .isEqualTo(input + output + or0(canonical.unattributedTokens()));
        for (long part : new long[] {canonical.inputUncachedTokens(), canonical.outputTextTokens(),
                or0(canonical.unattributedTokens())}) {
            assertWithMessage("%s: a part of %s", schema, canonical).that(part).isAtLeast(0);
        }
        for (OptionalLong item : List.of(canonical.inputAudioTokens(), canonical.toolUseInputTokens())) {
            assertWithMessage("%s: an itemisation of %s", schema, canonical).that(or0(item)).isAtMost(input);
        }
        assertWithMessage("%s: a prediction of %s", schema, canonical).that(or0(canonical.acceptedPredictionTokens()))
                .isAtMost(output);
    }

    @Property(tries = 300)
    void theCanonicalUsageOfAValidValueHoldsItsIdentitiesAndTheProvidersTotals(@ForAll("counts") Counts counts) {
        for (Mapped<?> schema : SCHEMAS) {
            check(schema, counts);
        }
    }

    private static <M> void check(Mapped<M> schema, Counts counts) {
        M value = schema.value(counts, true).orElseThrow();
        ImmutableCanonicalUsage canonical = schema.canonical().apply(value).orElseThrow();

        assertIdentities(schema.name(), canonical);
        assertWithMessage("%s input of %s", schema.name(), value).that(canonical.inputTokens())
                .isEqualTo(schema.input().applyAsLong(value));
        assertWithMessage("%s output of %s", schema.name(), value).that(canonical.outputTokens())
                .isEqualTo(schema.output().applyAsLong(value));
    }

    @Property(tries = 300)
    void theCanonicalUsageOfASumIsTheSumOfTheCanonicalUsages(@ForAll("counts") Counts first,
            @ForAll("counts") Counts second) {
        for (Mapped<?> schema : SCHEMAS) {
            if (schema.plus() != null) {
                checkSum(schema, first, second);
            }
        }
    }

    private static <M> void checkSum(Mapped<M> schema, Counts first, Counts second) {
        Validated<M> a = schema.value(first, true);
        Validated<M> b = schema.value(second, true);
        M sum = schema.plus().apply(a, b).orElseThrow();

        ImmutableCanonicalUsage ofSum = schema.canonical().apply(sum).orElseThrow();
        ImmutableCanonicalUsage sumOf = schema.canonical().apply(a.orElseThrow()).orElseThrow()
                .plus(schema.canonical().apply(b.orElseThrow()).orElseThrow());

        assertWithMessage("%s: %s + %s", schema.name(), a, b).that(sumOf)
                .isEqualTo(ofSum.toBuilder().convention(Optional.empty()).build());
        assertThat(sumOf.convention()).isEmpty();
    }

    @Property(tries = 500)
    void aValueThatBreaksARuleIsReportedAndNeverMappedToValidLookingNumbers(@ForAll("counts") Counts counts) {
        for (Mapped<?> schema : SCHEMAS) {
            Statistics.label("outcome").collect(checkArbitrary(schema, counts));
        }
        // Each way must come up, or the property proves less than it says.
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("rejected by the provider").count(count -> count > 0);
            coverage.check("accepted by the provider, refused by the canonical rules").count(count -> count > 0);
            coverage.check("mapped").count(count -> count > 0);
        });
    }

    private static <M> String checkArbitrary(Mapped<M> schema, Counts counts) {
        Validated<M> value = schema.value(counts, false);
        if (!value.isValid()) {
            // The provider's schema rejects it: there is no model to convert.
            assertThat(value.errors()).isNotEmpty();
            return "rejected by the provider";
        }
        Validated<ImmutableCanonicalUsage> canonical = schema.canonical().apply(value.orElseThrow());
        if (canonical.isValid()) {
            assertIdentities(schema.name(), canonical.orElseThrow());
            assertWithMessage("%s input of %s", schema.name(), value).that(canonical.orElseThrow().inputTokens())
                    .isEqualTo(schema.input().applyAsLong(value.orElseThrow()));
            return "mapped";
        }
        assertWithMessage("%s: %s", schema.name(), canonical).that(canonical.errors()).isNotEmpty();
        return "accepted by the provider, refused by the canonical rules";
    }
}
