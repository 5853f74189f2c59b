package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Path;
import java.util.List;

/**
 * The JSON module of a Jackson major and the Jackson jars it reads, as the build resolved them: kept
 * off the tests' class path (a JSON module there would give every compilation JSON forms), and
 * handed to the tests that want them as system properties (processor/pom.xml).
 */
final class JacksonJars {

    private JacksonJars() {
    }

    static List<Path> of(int major) {
        List<String> names = major == 2
                ? List.of("jackson2", "jackson2.core", "jackson2.databind", "jackson.annotations")
                : List.of("jackson3", "jackson3.core", "jackson3.databind", "jackson.annotations");
        return names.stream().map(name -> {
            String location = System.getProperty("usageschema.modulepath." + name);
            assertWithMessage("system property usageschema.modulepath." + name + ", which the build sets")
                    .that(location).isNotNull();
            return Path.of(location);
        }).toList();
    }
}
