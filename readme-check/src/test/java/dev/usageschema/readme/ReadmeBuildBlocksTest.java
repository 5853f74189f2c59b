package dev.usageschema.readme;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.readme.Readme.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * README's build snippets name modules that a release publishes, at the one version its Maven
 * block names (the Maven block itself is built by .ci/release-check).
 */
class ReadmeBuildBlocksTest {

    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(usage-schema-[\\w-]+)</artifactId>");
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<groupId>dev\\.usageschema</groupId>\\s*<artifactId>[^<]+</artifactId>\\s*(?:<!--[^>]*-->\\s*)?(<version>[^<]*</version>)?");
    private static final Pattern VERSION_PROPERTY = Pattern.compile("<usage-schema\\.version>([^<]+)</usage-schema\\.version>");
    private static final Pattern GRADLE_VERSION = Pattern.compile("\"dev\\.usageschema:[\\w-]+:([^\"]+)\"");

    private static List<Block> blocks(String language) {
        return Readme.blocks().stream().filter(block -> block.language().equals(language)).toList();
    }

    @Test
    void everyModuleAnXmlBlockNamesIsInTheBom() throws IOException {
        String bom = Files.readString(Path.of("..", "bom", "pom.xml"));
        Set<String> published = ARTIFACT.matcher(bom.substring(bom.indexOf("<dependencyManagement>"))).results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>();
        for (Block block : blocks("xml")) {
            ARTIFACT.matcher(block.code()).results()
                    .map(match -> match.group(1))
                    .filter(artifact -> !artifact.equals("usage-schema-bom") && !published.contains(artifact))
                    .forEach(artifact -> unknown.add(block.where() + ": " + artifact));
        }
        assertWithMessage("usage-schema modules README names that the BOM does not list").that(unknown).isEmpty();
    }

    @Test
    void anXmlBlockLeavesVersionsToTheBomOrToTheVersionProperty() {
        List<String> pinned = new ArrayList<>();
        for (Block block : blocks("xml")) {
            Matcher dependency = DEPENDENCY.matcher(block.code());
            while (dependency.find()) {
                String version = dependency.group(1);
                if (version != null && !version.equals("<version>${usage-schema.version}</version>")) {
                    pinned.add(block.where() + ": " + version);
                }
            }
        }
        assertWithMessage("usage-schema versions written out in README's xml blocks").that(pinned).isEmpty();
    }

    @Test
    void theGradleBlockNamesTheMavenBlocksVersion() {
        List<String> versions = blocks("xml").stream()
                .flatMap(block -> VERSION_PROPERTY.matcher(block.code()).results())
                .map(match -> match.group(1))
                .toList();
        assertWithMessage("README's <usage-schema.version>").that(versions).hasSize(1);
        List<String> gradle = blocks("kotlin").stream()
                .flatMap(block -> GRADLE_VERSION.matcher(block.code()).results())
                .map(match -> match.group(1))
                .toList();
        assertThat(gradle).isNotEmpty();
        assertWithMessage("the versions README's Gradle block names").that(Set.copyOf(gradle)).containsExactly(versions.get(0));
    }
}
