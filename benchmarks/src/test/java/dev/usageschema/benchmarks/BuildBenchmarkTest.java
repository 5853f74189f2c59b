package dev.usageschema.benchmarks;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every way measures what its name says: valid values pass, the invalid one shows both of its errors. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildBenchmarkTest {

    private final BuildBenchmark benchmark = new BuildBenchmark();

    @BeforeAll
    void start() {
        benchmark.startValidators();
    }

    @AfterAll
    void stop() {
        benchmark.stopValidators();
    }

    @Test
    void everyWayBuildsTheValidValue() {
        assertThat(benchmark.validHandWritten().promptTokensDetails()).isPresent();
        assertThat(benchmark.validImmutables().completionTokensDetails()).isPresent();
        assertThat(benchmark.validAutoValue().totalTokens()).isEqualTo(benchmark.total);
        assertThat(benchmark.validUsageSchema().violations()).isEmpty();
        assertThat(benchmark.validAvajeValidator()).isEmpty();
        assertThat(benchmark.validHibernateValidator()).isEmpty();
        assertThat(benchmark.validUsageSchemaThroughHibernateValidator()).isEmpty();
    }

    @Test
    void everyListingWayFindsBothErrorsOfTheInvalidValue() {
        assertThat(benchmark.invalidHandWrittenProblems()).hasSize(2);
        assertThat(benchmark.invalidUsageSchemaTryBuild().isValid()).isFalse();
        assertThat(benchmark.invalidUsageSchemaTryBuild().violations()).hasSize(2);
        assertThat(benchmark.invalidUsageSchemaTryBuildMessages()).containsExactly(
                "promptTokens 703732 + completionTokens 394512 != totalTokens 119453",
                "cachedTokens 703733 > promptTokens 703732");
        assertThat(benchmark.invalidAvajeValidator()).hasSize(2);
        assertThat(benchmark.invalidHibernateValidator()).hasSize(2);
    }

    @Test
    void everyThrowingWayThrows() {
        assertThat(benchmark.throwingHandWritten()).hasMessageThat().contains("!= totalTokens 119453");
        assertThat(benchmark.throwingUsageSchema().violations()).hasSize(2);
        assertThat(benchmark.throwingImmutables()).hasMessageThat().contains("totalTokens");
        assertThat(benchmark.throwingAutoValue()).hasMessageThat().contains("totalTokens");
    }
}
