package dev.usageschema.spark;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.json.UsageSurface;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The check of a {@code Dataset<String>} of JSON lines against one surface: a row per record with its
 * verdict, its violations, its canonical usage and, when rejected, the line itself.
 *
 * <pre>{@code
 * Dataset<Row> checked = UsageCheck.provider("openai-chat").check(spark.read().textFile("responses.jsonl"));
 * checked.filter("verdict = 'REJECTED'").select("line", "violations").write().json("rejected");
 * }</pre>
 *
 * <p>Each line is a whole response, its usage where the surface says ({@code /usage}), unless
 * {@link #usageObjects()} says each line is the usage object itself. A line that is not JSON, or
 * {@code null}, is a rejected row ({@code MALFORMED}, {@code NOT_NULL}), never a failed task. The
 * reader and the surface are set up once per partition, where the partition is read. Immutable and
 * serializable: it is sent with the tasks.
 */
public final class UsageCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The struct of one record's check, as {@code usage_check} returns it: {@code verdict}, {@code violations}, {@code usage}. */
    public static final StructType CHECK = DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("verdict", DataTypes.StringType, false),
            DataTypes.createStructField("violations", DataTypes.createArrayType(ViolationColumns.SCHEMA, false), false),
            DataTypes.createStructField("usage", CanonicalColumns.SCHEMA, true)});

    /** The rows of {@link #check(Dataset)}: those of {@link #CHECK}, and {@code line}, kept for a rejected record only. */
    public static final StructType RESULT = CHECK.add(DataTypes.createStructField("line", DataTypes.StringType, true));

    private final SurfaceSource source;
    private final boolean wholeResponses;

    private UsageCheck(SurfaceSource source, boolean wholeResponses) {
        this.source = source;
        this.wholeResponses = wholeResponses;
    }

    /**
     * {@return the check of whole responses of a surface of the catalogue}
     * @param id the surface's id, {@code openai-chat}
     * @throws IllegalArgumentException when the catalogue has no such surface; the message lists those it has
     */
    public static UsageCheck provider(String id) {
        return new UsageCheck(SurfaceSource.Catalogue.named(id), true);
    }

    /**
     * {@return the check of whole responses of a surface of the caller's}
     * <pre>{@code
     * UsageCheck.of(() -> UsageSurface.of(ImmutableMyUsage.jsonSchema(), ImmutableMyUsage.adder()).at("/usage"),
     *         ImmutableMyUsage::toCanonical)
     * }</pre>
     * @param surface   makes the surface where each task runs (a surface is not serializable; the lambda is)
     * @param canonical the canonical usage of a model of the surface, its {@code toCanonical}
     * @param <X>       the schema
     * @param <M>       its model
     */
    public static <X, M extends X> UsageCheck of(SerializableSupplier<UsageSurface<X, M>> surface,
            SerializableFunction<? super M, Validated<ImmutableCanonicalUsage>> canonical) {
        return new UsageCheck(new SurfaceSource.Own<>(Objects.requireNonNull(surface, "surface"),
                Objects.requireNonNull(canonical, "canonical")), true);
    }

    /** {@return this check, with each line read as the usage object itself rather than a whole response} */
    public UsageCheck usageObjects() {
        return new UsageCheck(source, false);
    }

    /**
     * {@return a row of {@link #RESULT} per line, in the lines' order}
     * @param lines JSON lines, one record each
     */
    public Dataset<Row> check(Dataset<String> lines) {
        SurfaceSource sent = source;
        boolean whole = wholeResponses;
        return lines.mapPartitions((MapPartitionsFunction<String, Row>) partition -> checking(partition,
                sent.newCheck(whole)), Encoders.row(RESULT));
    }

    private static Iterator<Row> checking(Iterator<String> lines, SurfaceCheck<?, ?> check) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Row next() {
                String line = lines.next();
                return check.check(line).toRow(line);
            }
        };
    }

    @Override
    public String toString() {
        return "UsageCheck[" + source.described() + (wholeResponses ? ", whole responses" : ", usage objects") + "]";
    }

    /**
     * A maker of a surface that can be sent to the tasks: a lambda or method reference of this type is serializable.
     *
     * @param <T> what it makes
     */
    @FunctionalInterface
    public interface SerializableSupplier<T> extends Supplier<T>, Serializable {
    }

    /**
     * A canonical mapping that can be sent to the tasks: a lambda or method reference of this type is serializable.
     *
     * @param <T> what it takes
     * @param <R> what it gives
     */
    @FunctionalInterface
    public interface SerializableFunction<T, R> extends Function<T, R>, Serializable {
    }
}
