package dev.usageschema.providers;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line of every surface's {@code responses.jsonl}, a whole response read through the surface's
 * {@link ProviderSurface#usageSurface()} with both Jackson majors ({@code UsageJson.tryReadResponse}): a valid line into a model and its canonical usage with the expected numbers, an invalid one
 * rejected with each rule at its wire path ({@link ExpectedResponses} holds what NOTES.md says of each line).
 */
class ResponseFixturesTest {

    static Stream<Arguments> surfaces() {
        return Stream.of(JsonMajor.values())
                .flatMap(json -> Providers.all().stream().map(surface -> Arguments.of(json, surface.id())));
    }

    @ParameterizedTest(name = "{1} through {0}")
    @MethodSource("surfaces")
    void everyLineGivesWhatItsNotesSay(JsonMajor json, String id) {
        ProviderSurface<?, ?> surface = Providers.named(id).orElseThrow();
        List<String> lines = Fixtures.lines(id, "responses.jsonl");
        List<String> actual = new ArrayList<>();
        for (String line : lines) {
            actual.add(Outcome.ofResponse(surface, line, json));
        }
        assertWithMessage("%s responses.jsonl, line by line", id).that(actual)
                .containsExactlyElementsIn(ExpectedResponses.of(id)).inOrder();
    }
}
