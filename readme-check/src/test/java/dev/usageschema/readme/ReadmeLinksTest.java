package dev.usageschema.readme;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every link of README.md and of the docs/ pages it links to leads somewhere: a file of the
 * repository, and a heading of that file where the link names one (GitHub's anchors).
 */
class ReadmeLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Path ROOT = Path.of("..");

    @Test
    void everyLinkOfTheReadmeAndItsDocsLeadsToAFileAndAHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (var docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        for (Path page : pages) {
            Matcher link = LINK.matcher(withoutCode(Files.readString(page)));
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path linked = file.isEmpty() ? page : page.resolveSibling(file).normalize();
                if (!Files.exists(linked)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
                } else if (hash >= 0 && !anchors(linked).contains(target.substring(hash + 1))) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
                }
            }
        }
        assertWithMessage("links that lead nowhere").that(broken).isEmpty();
    }

    /** The anchors GitHub gives the headings of a Markdown file (a heading's words, lower case, joined by -). */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        for (String line : withoutCode(Files.readString(page)).lines().toList()) {
            if (line.matches("#{1,6} .*")) {
                String heading = line.replaceFirst("#+ ", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** The text without its fenced blocks, where a {@code #} starts a comment, not a heading. */
    private static String withoutCode(String markdown) {
        StringBuilder text = new StringBuilder();
        boolean inBlock = false;
        for (String line : markdown.lines().toList()) {
            if (line.stripLeading().startsWith("```")) {
                inBlock = !inBlock;
            } else if (!inBlock) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }
}
