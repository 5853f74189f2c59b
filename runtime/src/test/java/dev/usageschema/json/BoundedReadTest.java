package dev.usageschema.json;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What one read holds is bounded, whatever the document: a stream of undeclared fields, each a
 * warning, lists a thousand violations and one that stands for the rest, in a heap far smaller than
 * one violation per field would take.
 */
class BoundedReadTest {

    /** An object of {@code fields} undeclared fields, {@code "f0":0, "f1":0, ...}, made as it is read: no document in memory. */
    private static final class UndeclaredFields implements JsonTokens {
        private final int fields;
        private long token = -1;

        UndeclaredFields(int fields) {
            this.fields = fields;
        }

        @Override
        public int next() {
            token++;
            if (token == 0) {
                return START_OBJECT;
            }
            if (token <= 2L * fields) {
                return token % 2 == 1 ? NAME : INTEGER;
            }
            return token == 2L * fields + 1 ? END_OBJECT : END;
        }

        @Override
        public String name() {
            return "f" + (token - 1) / 2;
        }

        @Override
        public String string() {
            throw new IllegalStateException("no strings here");
        }

        @Override
        public boolean fitsLong() {
            return true;
        }

        @Override
        public long longValue() {
            return 0;
        }

        @Override
        public String literal() {
            return "0";
        }

        @Override
        public void skipChildren() {
        }

        @Override
        public String pointer() {
            return "";
        }
    }

    /** Before, 200,000 undeclared fields in a schema without a map were 200,000 warnings. */
    @Test
    void aFloodOfUndeclaredFieldsListsAThousandWarningsAndOneThatCountsTheRest() {
        Validated<String> read = JsonReader.tryRead(new UndeclaredFields(200_000), LooseTokensTest.SelfNesting.SCHEMA);

        assertThat(read.isValid()).isTrue();
        List<Violation> violations = read.violations();
        assertThat(violations).hasSize(JsonReader.MAX_VIOLATIONS + 1);
        Violation rest = violations.get(JsonReader.MAX_VIOLATIONS);
        assertThat(rest.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
        assertThat(rest.severity()).isEqualTo(Severity.WARNING);
        assertThat(rest.wirePath()).isEqualTo("/f1000");
        assertThat(rest.message()).endsWith("(the first warning of 199000 violations past the first 1000, which are not listed)");
    }

    /**
     * Two million undeclared fields in a 16 MB heap, in a JVM of its own: one violation per field
     * would take about 500 MB. Before, the read ran out of memory.
     */
    @Test
    void twoMillionUndeclaredFieldsAreReadInASixteenMegabyteHeap() throws IOException, InterruptedException, URISyntaxException {
        String classPath = location(JsonReader.class) + File.pathSeparator + location(BoundedReadTest.class);
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
                "-cp", classPath, BoundedReadTest.class.getName(), "2000000").redirectErrorStream(true).start();
        boolean ended = java.waitFor(60, TimeUnit.SECONDS);
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(ended).isTrue();
        assertThat(output).isEqualTo("valid, " + (JsonReader.MAX_VIOLATIONS + 1) + " violations");
        assertThat(java.exitValue()).isEqualTo(0);
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** Reads {@code args[0]} undeclared fields and says what the read gave. */
    public static void main(String[] args) {
        Validated<String> read = JsonReader.tryRead(new UndeclaredFields(Integer.parseInt(args[0])),
                LooseTokensTest.SelfNesting.SCHEMA);
        System.out.println((read.isValid() ? "valid, " : "invalid, ") + read.violations().size() + " violations");
    }
}
