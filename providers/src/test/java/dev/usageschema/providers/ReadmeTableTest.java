package dev.usageschema.providers;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.json.UsageSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** README's provider table is the registry's, row for row: a surface added, renamed or changed shows there. */
class ReadmeTableTest {

    @Test
    void readmesProviderTableIsTheRegistrys() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = table();
        assertWithMessage("README.md's table under \"Provider catalogue\" should be:\n%s", table)
                .that(readme.contains(table)).isTrue();
    }

    /** {@return the table, one row per surface in the registry's order} */
    static String table() {
        List<String> rows = new ArrayList<>();
        rows.add("| id | provider | surface | usage in a response | usage in a stream | style | convention | rules shipped as warnings |");
        rows.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (ProviderSurface<?, ?> surface : Providers.all()) {
            rows.add("| `" + surface.id() + "` | " + surface.provider() + " | " + cell(surface.surface()) + " | "
                    + site(surface.responseSite()) + " | " + stream(surface) + " | "
                    + surface.streamStyle().map(Enum::name).orElse("-") + " | " + cell(surface.convention()) + " | "
                    + cell(surface.warnings()) + " |");
        }
        return String.join("\n", rows) + "\n";
    }

    private static String stream(ProviderSurface<?, ?> surface) {
        if (surface.streamEvents().isEmpty()) {
            return "-";
        }
        return surface.streamEvents().stream()
                .map(event -> selector(event) + ": " + site(event.site()))
                .collect(Collectors.joining("; "));
    }

    private static String selector(StreamEvent event) {
        String selector = event.selector().toString();
        return selector.equals("every event") ? selector : "`" + cell(selector) + "`";
    }

    private static String site(UsageSite site) {
        return site.pointers().stream()
                .map(pointer -> pointer.isEmpty() ? "the root's fields" : "`" + pointer + "`")
                .collect(Collectors.joining(" or "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
