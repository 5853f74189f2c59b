package dev.usageschema.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The size of what a processor wrote: every line of the generated sources, and the code lines
 * among them (neither blank nor comment: Javadoc counts in the first figure, not in the second).
 */
record GeneratedLines(long files, long lines, long codeLines) {

    static GeneratedLines in(Path generated) throws IOException {
        long files = 0;
        long lines = 0;
        long codeLines = 0;
        try (Stream<Path> walk = Files.walk(generated)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".java")).toList()) {
                files++;
                List<String> text = Files.readAllLines(file);
                lines += text.size();
                codeLines += text.stream().filter(GeneratedLines::isCode).count();
            }
        }
        return new GeneratedLines(files, lines, codeLines);
    }

    private static boolean isCode(String line) {
        String trimmed = line.trim();
        return !trimmed.isEmpty() && !trimmed.startsWith("//") && !trimmed.startsWith("/*") && !trimmed.startsWith("*");
    }
}
