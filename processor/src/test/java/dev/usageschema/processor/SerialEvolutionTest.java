package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InvalidObjectException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A model written by one version of its schema and read by another, each compiled on its own and
 * loaded by its own class loader: properties travel by name, so a count inserted, appended or
 * removed moves no other count, and what the reading version cannot hold is refused by name.
 */
class SerialEvolutionTest {

    private static final String USAGE = "test.ImmutableUsage";

    /** The schema {@code test.Usage}, serializable, with {@code body} as its accessors. */
    static String usage(String body) {
        return """
                package test;
                import dev.usageschema.*;
                import java.io.Serializable;
                import java.util.*;
                @UsageSchema
                public interface Usage extends Serializable {
                """ + body + "\n}\n";
    }

    private static ClassLoader version(String body, String... otherSources) {
        String[] sources = new String[otherSources.length + 2];
        sources[0] = "test.Usage";
        sources[1] = usage(body);
        System.arraycopy(otherSources, 0, sources, 2, otherSources.length);
        return CompiledSchemas.loadWithoutJson(sources);
    }

    private static ReflectiveBuilder builder(ClassLoader version) {
        return ReflectiveBuilder.of(version, USAGE);
    }

    @Test
    void anInsertedOptionalCountReadsAsAbsentAndMovesNoOtherCount() throws Exception {
        ClassLoader before = version("long input(); OptionalLong audio();");
        ClassLoader after = version("long input(); OptionalLong cached(); OptionalLong audio();");

        Object read = SerialVersions.carry(builder(before).set("input", 100L).set("audio", 7L).build(), after);

        assertThat(read.toString()).isEqualTo("Usage{input=100, audio=7}");
        assertThat(read).isEqualTo(builder(after).set("input", 100L).set("audio", 7L).build());
    }

    @Test
    void anAppendedOptionalCountReadsAsAbsentAndAnExplicitNullStaysOnItsCount() throws Exception {
        ClassLoader before = version("long input(); @Nullable OptionalLong audio();");
        ClassLoader after = version("long input(); @Nullable OptionalLong audio(); OptionalLong reasoning();");

        Object given = SerialVersions.carry(builder(before).set("input", 100L).set("audio", 7L).build(), after);
        Object nullAudio = SerialVersions.carry(builder(before).set("input", 100L).set("audio", null).build(), after);

        assertThat(given).isEqualTo(builder(after).set("input", 100L).set("audio", 7L).build());
        assertThat(nullAudio).isEqualTo(builder(after).set("input", 100L).set("audio", null).build());
        assertThat(nullAudio.toString()).isEqualTo("Usage{input=100, audio=null}");
    }

    @Test
    void aRemovedCountIsRefusedByNameWhenTheStreamHoldsIt() throws Exception {
        ClassLoader before = version("long input(); OptionalLong cached();");
        ClassLoader after = version("long input();");

        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> SerialVersions.carry(builder(before).set("input", 100L).set("cached", 5L).build(), after));
        Object withoutIt = SerialVersions.carry(builder(before).set("input", 100L).build(), after);

        assertThat(refused).hasMessageThat().isEqualTo("the stream holds Usage.cached, which this version of Usage"
                + " does not have");
        assertThat(withoutIt).isEqualTo(builder(after).set("input", 100L).build());
    }

    @Test
    void aRenamedCountIsRefusedByItsOldName() {
        ClassLoader before = version("long input(); long output();");
        ClassLoader after = version("long input(); long completion();");

        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> SerialVersions.carry(builder(before).set("input", 1L).set("output", 2L).build(), after));

        assertThat(refused).hasMessageThat().contains("Usage.output, which this version of Usage does not have");
    }

    @Test
    void aRequiredCountTheStreamLacksIsRefusedAsRequired() {
        ClassLoader before = version("long input(); OptionalLong output();");
        ClassLoader after = version("long input(); long output();");

        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> SerialVersions.carry(builder(before).set("input", 1L).build(), after));

        assertThat(refused).hasMessageThat().contains("ERROR REQUIRED at /output: output is required but was not set");
    }

    @Test
    void aCountWidenedFromIntToLongKeepsItsValue() throws Exception {
        ClassLoader before = version("int input(); OptionalInt cached(); List<Integer> perCall();");
        ClassLoader after = version("long input(); OptionalLong cached(); List<Long> perCall();");

        Object read = SerialVersions.carry(
                builder(before).set("input", 100).set("cached", 7).set("perCall", List.of(60, 40)).build(), after);

        assertThat(read).isEqualTo(builder(after).set("input", 100L).set("cached", 7L)
                .set("perCall", List.of(60L, 40L)).build());
    }

    @Test
    void aCountNarrowedFromLongToIntKeepsAValueThatFitsAndRefusesOneThatDoesNot() throws Exception {
        ClassLoader before = version("long input();");
        ClassLoader after = version("int input();");

        Object fits = SerialVersions.carry(builder(before).set("input", 100L).build(), after);
        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> SerialVersions.carry(builder(before).set("input", 5_000_000_000L).build(), after));

        assertThat(fits).isEqualTo(builder(after).set("input", 100).build());
        assertThat(refused).hasMessageThat().isEqualTo("the stream holds Usage.input as 5000000000, which is not"
                + " an int");
    }

    @Test
    void aChangedElementTypeIsRefusedAtTheElement() {
        ClassLoader before = version("List<String> tags();");
        ClassLoader after = version("List<Long> tags();");

        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> SerialVersions.carry(builder(before).set("tags", List.of("flex")).build(), after));

        assertThat(refused).hasMessageThat().isEqualTo("the stream holds Usage.tags[0] as a java.lang.String,"
                + " which is not a java.lang.Long");
    }

    @Test
    void aChangedCollectionOrValueTypeIsRefused() {
        ClassLoader before = version("Set<String> tags(); String model();");
        ClassLoader toList = version("List<String> tags(); String model();");
        ClassLoader toNumber = version("Set<String> tags(); long model();");
        Object value = builder(before).set("tags", Set.of("flex")).set("model", "m").build();

        InvalidObjectException list = assertThrows(InvalidObjectException.class,
                () -> SerialVersions.carry(value, toList));
        InvalidObjectException number = assertThrows(InvalidObjectException.class,
                () -> SerialVersions.carry(value, toNumber));

        assertThat(list).hasMessageThat().isEqualTo("the stream holds Usage.tags as a set, which is not a list");
        assertThat(number).hasMessageThat().isEqualTo("the stream holds Usage.model as a java.lang.String,"
                + " which is not a long");
    }

    @Test
    void aNullThatTheReadingVersionCannotHoldIsRefused() {
        ClassLoader before = version("@Nullable Long input();");
        ClassLoader after = version("long input();");

        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> SerialVersions.carry(builder(before).set("input", null).build(), after));

        assertThat(refused).hasMessageThat().isEqualTo("the stream holds Usage.input as null, which is not a long");
    }

    @Test
    void anEnumConstantTheReadingVersionLacksIsRefusedWhereItSits() {
        String tier = "package test; public enum Tier { DEFAULT, FLEX }";
        ClassLoader before = version("Optional<Tier> tier();", "test.Tier", tier);
        ClassLoader after = version("Optional<Tier> tier();", "test.Tier", tier.replace(", FLEX", ""));
        Object flex = enumConstant(before, "FLEX");

        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> SerialVersions.carry(builder(before).set("tier", flex).build(), after));

        assertThat(refused).hasMessageThat().isEqualTo("Usage.tier: enum constant FLEX does not exist in class test.Tier");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(ClassLoader version, String name) {
        try {
            return Enum.valueOf((Class) version.loadClass("test.Tier"), name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aValueOfADeclaredTypeThatIsAlsoACollectionKeepsItsClass() throws Exception {
        ClassLoader loader = version("Labels labels(); Optional<Object> anything();",
                "test.Labels", "package test; public interface Labels extends java.io.Serializable {}",
                "test.LabelList", """
                        package test;
                        public final class LabelList extends java.util.ArrayList<String> implements Labels {
                            private static final long serialVersionUID = 1L;
                        }
                        """);
        Object labels = loader.loadClass("test.LabelList").getConstructor().newInstance();

        Object read = SerialVersions.carry(builder(loader).set("labels", labels)
                .set("anything", new java.util.LinkedList<>(List.of(1L))).build(), loader);

        Object readLabels = read.getClass().getMethod("labels").invoke(read);
        assertThat(readLabels.getClass().getName()).isEqualTo("test.LabelList");
        assertThat(read).isEqualTo(builder(loader).set("labels", labels).set("anything", List.of(1L)).build());
    }

    private static final String DETAILS_V1 = """
            package test;
            import dev.usageschema.*;
            import java.io.Serializable;
            import java.util.*;
            @UsageSchema
            public interface Details extends Serializable {
                OptionalLong audio();
            }
            """;

    @Test
    void aNestedSchemaEvolvesOnItsOwnInsideItsHolder() throws Exception {
        String holder = "long input(); @AtMost(\"input\") Optional<Details> details(); Map<String, Details> byTool();";
        ClassLoader before = version(holder, "test.Details", DETAILS_V1);
        ClassLoader after = version(holder, "test.Details",
                DETAILS_V1.replace("OptionalLong audio();", "OptionalLong cached(); OptionalLong audio();"));
        Object details = ReflectiveBuilder.of(before, "test.ImmutableDetails").set("audio", 7L).build();

        Object read = SerialVersions.carry(builder(before).set("input", 100L).set("details", details)
                .set("byTool", Map.of("search", details)).build(), after);

        Object expectedDetails = ReflectiveBuilder.of(after, "test.ImmutableDetails").set("audio", 7L).build();
        assertThat(read).isEqualTo(builder(after).set("input", 100L).set("details", expectedDetails)
                .set("byTool", Map.of("search", expectedDetails)).build());
        assertThat(read.toString()).isEqualTo("Usage{input=100, details=Details{audio=7}, byTool={\"search\": Details{audio=7}}}");
    }

    @Test
    void everyKindOfPropertyAndNamesLikeTheFormsOwnRoundTrip() throws Exception {
        ClassLoader loader = CompiledSchemas.loadWithoutJson("test.Travelling", GeneratedSourceTest.TRAVELLING);
        Object inner = ReflectiveBuilder.of(loader, "test.ImmutableTravelling_Inner").set("cached", 3L).build();
        Object value = ReflectiveBuilder.of(loader, "test.ImmutableTravelling")
                .set("prompt", 10L).set("cached", 4L).set("audio", null).set("seconds", 0.5).set("reasoning", null)
                .set("streamed", true).set("model", null).set("tags", List.of("a", "b")).set("regions", Set.of("eu"))
                .set("perRegion", Map.of("eu", List.of(1L, 2L))).set("notes", Set.of("n"))
                .set("inner", inner).set("inners", List.of(inner, inner)).set("byTool", Map.of("search", inner))
                .set("legacy", 1L).set("ABSENT", 2L).set("SHAPE", 3L).set("SerialType", 4L)
                .call("putExtra", "trace", Map.of("hops", List.of(1, true, "x")))
                .build();

        Object read = SerialVersions.carry(value, loader);

        assertThat(read).isEqualTo(value);
        assertThat(read.toString()).isEqualTo(value.toString());
        assertThat(read.toString()).contains("ABSENT=2, SHAPE=3, SerialType=4");
    }
}
