package dev.usageschema.spark;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The canonical usage as Spark columns, one per property under its snake_case wire name: the token
 * counts {@code bigint}, absent ones {@code null}; {@code convention} a string; {@code cost} the exact
 * decimal as a string ({@code "0.000582"}), since no Spark decimal type holds every cost a provider
 * sends (a double's literal such as {@code 1.2345678901234567E-5} has 21 decimals), and
 * {@code CAST(cost AS DECIMAL(p, s))} is there for those whose costs fit.
 */
public final class CanonicalColumns {

    /** One count: its column, how to read it from a model and how to give it to a builder. */
    private record Count(String column, boolean required, Function<ImmutableCanonicalUsage, OptionalLong> get,
            BiConsumer<ImmutableCanonicalUsage.Builder, Long> set) {
    }

    private static final List<Count> COUNTS = List.of(
            required("input_tokens", ImmutableCanonicalUsage::inputTokens, ImmutableCanonicalUsage.Builder::inputTokens),
            required("input_uncached_tokens", ImmutableCanonicalUsage::inputUncachedTokens,
                    ImmutableCanonicalUsage.Builder::inputUncachedTokens),
            optional("cache_read_tokens", ImmutableCanonicalUsage::cacheReadTokens,
                    ImmutableCanonicalUsage.Builder::cacheReadTokens),
            optional("cache_write_tokens", ImmutableCanonicalUsage::cacheWriteTokens,
                    ImmutableCanonicalUsage.Builder::cacheWriteTokens),
            optional("cache_write_5m_tokens", ImmutableCanonicalUsage::cacheWrite5mTokens,
                    ImmutableCanonicalUsage.Builder::cacheWrite5mTokens),
            optional("cache_write_1h_tokens", ImmutableCanonicalUsage::cacheWrite1hTokens,
                    ImmutableCanonicalUsage.Builder::cacheWrite1hTokens),
            optional("input_audio_tokens", ImmutableCanonicalUsage::inputAudioTokens,
                    ImmutableCanonicalUsage.Builder::inputAudioTokens),
            optional("input_image_tokens", ImmutableCanonicalUsage::inputImageTokens,
                    ImmutableCanonicalUsage.Builder::inputImageTokens),
            optional("input_video_tokens", ImmutableCanonicalUsage::inputVideoTokens,
                    ImmutableCanonicalUsage.Builder::inputVideoTokens),
            optional("tool_use_input_tokens", ImmutableCanonicalUsage::toolUseInputTokens,
                    ImmutableCanonicalUsage.Builder::toolUseInputTokens),
            required("output_tokens", ImmutableCanonicalUsage::outputTokens, ImmutableCanonicalUsage.Builder::outputTokens),
            required("output_text_tokens", ImmutableCanonicalUsage::outputTextTokens,
                    ImmutableCanonicalUsage.Builder::outputTextTokens),
            optional("reasoning_tokens", ImmutableCanonicalUsage::reasoningTokens,
                    ImmutableCanonicalUsage.Builder::reasoningTokens),
            optional("output_audio_tokens", ImmutableCanonicalUsage::outputAudioTokens,
                    ImmutableCanonicalUsage.Builder::outputAudioTokens),
            optional("output_image_tokens", ImmutableCanonicalUsage::outputImageTokens,
                    ImmutableCanonicalUsage.Builder::outputImageTokens),
            optional("accepted_prediction_tokens", ImmutableCanonicalUsage::acceptedPredictionTokens,
                    ImmutableCanonicalUsage.Builder::acceptedPredictionTokens),
            optional("rejected_prediction_tokens", ImmutableCanonicalUsage::rejectedPredictionTokens,
                    ImmutableCanonicalUsage.Builder::rejectedPredictionTokens),
            optional("unattributed_tokens", ImmutableCanonicalUsage::unattributedTokens,
                    ImmutableCanonicalUsage.Builder::unattributedTokens),
            required("total_tokens", ImmutableCanonicalUsage::totalTokens, ImmutableCanonicalUsage.Builder::totalTokens),
            optional("web_search_requests", ImmutableCanonicalUsage::webSearchRequests,
                    ImmutableCanonicalUsage.Builder::webSearchRequests));

    /** The columns: {@code convention}, the counts in the schema's order, {@code cost}. */
    public static final StructType SCHEMA = schema();

    private CanonicalColumns() {
    }

    /**
     * {@return the row of a canonical usage, in the order of {@link #SCHEMA}}
     * @param usage a built canonical usage
     */
    public static Row toRow(ImmutableCanonicalUsage usage) {
        Object[] values = new Object[COUNTS.size() + 2];
        values[0] = usage.convention().orElse(null);
        for (int at = 0; at < COUNTS.size(); at++) {
            OptionalLong count = COUNTS.get(at).get().apply(usage);
            values[at + 1] = count.isPresent() ? count.getAsLong() : null;
        }
        values[values.length - 1] = usage.cost().map(BigDecimal::toPlainString).orElse(null);
        return RowFactory.create(values);
    }

    /**
     * {@return the canonical usage a row of {@link #SCHEMA} holds, through every check of the schema}:
     * a row made elsewhere that breaks a rule, or whose cost is not a decimal, is not valid
     * @param row a row of {@link #SCHEMA}
     */
    public static Validated<ImmutableCanonicalUsage> fromRow(Row row) {
        ImmutableCanonicalUsage.Builder builder = ImmutableCanonicalUsage.builder();
        if (!row.isNullAt(0)) {
            builder.convention(row.getString(0));
        }
        for (int at = 0; at < COUNTS.size(); at++) {
            if (!row.isNullAt(at + 1)) {
                COUNTS.get(at).set().accept(builder, row.getLong(at + 1));
            }
        }
        int cost = COUNTS.size() + 1;
        if (!row.isNullAt(cost)) {
            try {
                builder.cost(new BigDecimal(row.getString(cost)));
            } catch (NumberFormatException notADecimal) {
                return Validated.invalid("CanonicalUsage", List.of(new Violation("/cost", "cost", Rule.JSON_TYPE,
                        Severity.ERROR, row.getString(cost), "a decimal", "the cost is not a decimal")));
            }
        }
        return builder.tryBuild();
    }

    private static StructType schema() {
        StructField[] fields = new StructField[COUNTS.size() + 2];
        fields[0] = DataTypes.createStructField("convention", DataTypes.StringType, true);
        for (int at = 0; at < COUNTS.size(); at++) {
            Count count = COUNTS.get(at);
            fields[at + 1] = DataTypes.createStructField(count.column(), DataTypes.LongType, !count.required());
        }
        fields[fields.length - 1] = DataTypes.createStructField("cost", DataTypes.StringType, true);
        return DataTypes.createStructType(fields);
    }

    private static Count required(String column, ToLongFunction<ImmutableCanonicalUsage> get,
            BiConsumer<ImmutableCanonicalUsage.Builder, Long> set) {
        return new Count(column, true, usage -> OptionalLong.of(get.applyAsLong(usage)), set);
    }

    private static Count optional(String column, Function<ImmutableCanonicalUsage, OptionalLong> get,
            BiConsumer<ImmutableCanonicalUsage.Builder, Long> set) {
        return new Count(column, false, get, set);
    }
}
