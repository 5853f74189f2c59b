package dev.usageschema.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local Spark session for every test class of the module, started on first use and stopped when
 * the test run ends: a session costs seconds to start.
 */
public final class SharedSpark implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Session.class, key -> new Session(), Session.class).spark;
    }

    private static final class Session implements AutoCloseable {
        private final SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("usage-schema-spark-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                // Small data: adaptive execution would make one partition of a shuffle's two, and no task
                // would ever meet another's rows or partial totals.
                .config("spark.sql.adaptive.coalescePartitions.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();

        @Override
        public void close() {
            spark.stop();
        }
    }
}
