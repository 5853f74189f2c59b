package dev.usageschema.readme;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.providers.Providers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The numbers README's opening paragraph gives are the project's. */
class ReadmePitchTest {

    private static final Pattern SURFACES = Pattern.compile("the usage schemas of (\\d+) provider API surfaces");

    @Test
    void thePitchNamesAsManySurfacesAsTheCatalogueHas() {
        Matcher surfaces = SURFACES.matcher(Readme.text().replace('\n', ' '));
        assertWithMessage("README's pitch says how many provider API surfaces the catalogue has")
                .that(surfaces.find()).isTrue();
        assertWithMessage("the surfaces README's pitch counts")
                .that(Integer.parseInt(surfaces.group(1))).isEqualTo(Providers.all().size());
    }
}
