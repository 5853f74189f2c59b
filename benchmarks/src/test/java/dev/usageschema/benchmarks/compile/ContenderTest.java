package dev.usageschema.benchmarks.compile;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units are the JMH sources with the three type names, and only those, numbered. */
class ContenderTest {

    @Test
    void renamesTheUnitTypesAndWhatAProcessorNamesAfterThem() {
        String renamed = Contender.AUTO_VALUE.renamed(
                "AutoValueUsage x = new AutoValue_AutoValueUsage.Builder(); AutoValuePromptDetails y; MyAutoValueUsageX z;", 7);

        assertThat(renamed).isEqualTo(
                "AutoValueUsage7 x = new AutoValue_AutoValueUsage7.Builder(); AutoValuePromptDetails7 y; MyAutoValueUsageX z;");
    }

    @Test
    void writesThreeTypesPerUnitAndSharedTypesOnce(@TempDir Path sources) throws Exception {
        List<Path> written = Contender.HAND_WRITTEN.writeUnits(sources, 2);

        assertThat(written.stream().map(path -> path.getFileName().toString()).toList()).containsExactly(
                "Problems.java",
                "HandWrittenUsage0.java", "HandWrittenUsage1.java",
                "HandWrittenPromptDetails0.java", "HandWrittenPromptDetails1.java",
                "HandWrittenCompletionDetails0.java", "HandWrittenCompletionDetails1.java");
        String usage = Files.readString(sources.resolve("dev/usageschema/benchmarks/handwritten/HandWrittenUsage1.java"));
        assertThat(usage).contains("public final class HandWrittenUsage1 {");
        assertThat(usage).contains("private HandWrittenPromptDetails1 promptTokensDetails;");
        assertThat(usage).contains("Problems.add(");
    }

    @Test
    void everyContenderHasItsSources(@TempDir Path sources) throws Exception {
        for (Contender contender : Contender.values()) {
            assertThat(contender.writeUnits(sources.resolve(contender.name()), 1)).isNotEmpty();
        }
    }
}
