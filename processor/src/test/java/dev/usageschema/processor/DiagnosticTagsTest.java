package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tags the processor's diagnostics carry, read from its sources, against README's list of them
 * in "When a schema is wrong" and against the tests that show them: a new tag that README does not
 * list, or a listed tag that nothing reports any more, fails here.
 */
class DiagnosticTagsTest {

    private static final Pattern TAG = Pattern.compile("\\[(UsageSchema[A-Za-z0-9]+)]");
    private static final Pattern LISTED = Pattern.compile("`\\[?(UsageSchema[A-Za-z0-9]+)]?`");

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Every match of {@code pattern}'s first group in the Java sources under {@code root}. */
    private static Set<String> found(Path root, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".java")).map(DiagnosticTagsTest::read)
                    .forEach(text -> found.addAll(matches(pattern, text)));
        }
        return found;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** README's section on diagnostics, up to the next section. */
    private static String readmeSection() {
        String readme = read(Path.of("..", "README.md"));
        int start = readme.indexOf("\n## When a schema is wrong\n");
        assertWithMessage("README's section on diagnostics").that(start).isAtLeast(0);
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void readmeListsEveryTagTheProcessorReportsAndNoOther() throws IOException {
        Set<String> reported = found(Path.of("src", "main", "java"), TAG);
        Set<String> listed = matches(LISTED, readmeSection());

        assertWithMessage("tags the processor reports").that(reported).isNotEmpty();
        assertWithMessage("tags README's \"When a schema is wrong\" lists").that(listed).containsExactlyElementsIn(reported);
    }

    @Test
    void aTestShowsEveryTag() throws IOException {
        Set<String> reported = found(Path.of("src", "main", "java"), TAG);
        Set<String> tested = found(Path.of("src", "test", "java"), Pattern.compile("(UsageSchema[A-Z][A-Za-z0-9]*)"));

        assertWithMessage("tags the processor's tests mention").that(tested).containsAtLeastElementsIn(reported);
    }
}
