package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Severity;
import dev.usageschema.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defaults for a package or an enclosing type; what a schema writes itself wins. */
class SchemaDefaultsTest {

    private static final String PACKAGE_INFO = """
            @UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE, severity = Severity.WARNING)
            package test;

            import dev.usageschema.*;
            """;

    private static final String CHAT = """
            package test;
            import dev.usageschema.*;
            @UsageSchema
            public interface Chat {
                long promptTokens();
                long completionTokens();
                @Sum({"promptTokens", "completionTokens"}) long totalTokens();
            }
            """;

    private static final String OWN = """
            package test;
            import dev.usageschema.*;
            @UsageSchema(naming = WireNaming.CAMEL_CASE, severity = Severity.ERROR)
            public interface Own {
                long promptTokens();
                @Sum({"promptTokens"}) long totalTokens();
            }
            """;

    private static final String PROVIDER = """
            package test;
            import dev.usageschema.*;
            @UsageSchemaDefaults(severity = Severity.OFF)
            public final class Provider {
                private Provider() {
                }
                @UsageSchema
                public interface Inner {
                    long promptTokens();
                    @Sum({"promptTokens"}) long totalTokens();
                }
            }
            """;

    @Test
    void aPackagesDefaultsApplyToItsSchemas() {
        ClassLoader loader = CompiledSchemas.load("test.package-info", PACKAGE_INFO, "test.Chat", CHAT);

        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableChat")
                .set("promptTokens", 1L).set("completionTokens", 2L).set("totalTokens", 4L).violations();

        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).wirePath()).isEqualTo("/total_tokens");
        assertThat(violations.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void whatASchemaWritesItselfWins() {
        ClassLoader loader = CompiledSchemas.load("test.package-info", PACKAGE_INFO, "test.Own", OWN);

        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableOwn")
                .set("promptTokens", 1L).set("totalTokens", 2L).violations();

        assertThat(violations.get(0).wirePath()).isEqualTo("/totalTokens");
        assertThat(violations.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void theNearestEnclosingTypeWinsOverThePackage() {
        ClassLoader loader = CompiledSchemas.load("test.package-info", PACKAGE_INFO, "test.Provider", PROVIDER);

        List<Violation> violations = ReflectiveBuilder.of(loader, "test.ImmutableProvider_Inner")
                .set("promptTokens", 1L).set("totalTokens", 2L).violations();

        assertThat(violations).isEmpty();
    }
}
