package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a user of a generated model sees of it, in completion and in its Javadoc: the schema's API
 * alone. The mechanics a parent, an addition or the runtime needs ({@code $countsAbove}, {@code $add}
 * and the like) are reached through the runtime, never as public members of the model.
 */
class PublicSurfaceTest {

    private static final String SCHEMAS_PACKAGE = """
            package test;

            import dev.usageschema.*;
            import java.util.*;
            """;

    private static final String USAGE = SCHEMAS_PACKAGE + """
            @Addable
            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface Usage {
                long promptTokens();

                long completionTokens();

                @Sum({"promptTokens", "completionTokens"})
                long totalTokens();

                @AtMost("promptTokens")
                Optional<Details> promptTokensDetails();
            }
            """;

    private static final String DETAILS = SCHEMAS_PACKAGE + """
            @Addable
            @UsageSchema(naming = WireNaming.SNAKE_CASE)
            public interface Details {
                OptionalLong cachedTokens();

                OptionalLong audioTokens();
            }
            """;

    @Test
    void noPublicMemberOfAModelOrItsBuilderIsAMechanismOfTheGeneratedCode() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.Usage", USAGE, "test.Details", DETAILS);

        for (String model : List.of("test.ImmutableUsage", "test.ImmutableDetails")) {
            Class<?> type = loader.loadClass(model);
            List<String> internals = new ArrayList<>();
            for (Class<?> surface : List.of(type, loader.loadClass(model + "$Builder"))) {
                Stream.of(surface.getMethods(), surface.getFields())
                        .flatMap(Stream::of)
                        .map(Member.class::cast)
                        .filter(member -> Modifier.isPublic(member.getModifiers()) && member.getName().contains("$"))
                        .forEach(member -> internals.add(surface.getSimpleName() + "." + member.getName()));
            }
            assertThat(internals).isEmpty();
        }
    }

    /** Fails with {@code withX} copies or {@code clearX} builder methods, or any other member added unseen. */
    @Test
    void aModelDeclaresItsAccessorsItsWaysToBeMadeAndTheObjectMethodsAndNothingElse() throws Exception {
        ClassLoader loader = CompiledSchemas.load("test.Usage", USAGE, "test.Details", DETAILS);

        assertThat(declaredPublicMethods(loader.loadClass("test.ImmutableUsage"))).containsExactly("adder", "builder",
                "check", "completionTokens", "copyOf", "equals", "hashCode", "jsonSchema", "promptTokens",
                "promptTokensDetails", "toBuilder", "toString", "totalTokens", "violations").inOrder();
        assertThat(declaredPublicMethods(loader.loadClass("test.ImmutableDetails"))).containsExactly("adder",
                "audioTokens", "builder", "cachedTokens", "check", "copyOf", "equals", "hashCode", "jsonSchema",
                "toBuilder", "toString").inOrder();
    }

    private static TreeSet<String> declaredPublicMethods(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        for (var method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                names.add(method.getName());
            }
        }
        return names;
    }
}
