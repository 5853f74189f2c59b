package dev.usageschema.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A wrong schema is a compile error on the offending element, with a message that says what to do. */
class SchemaDiagnosticsTest {

    /** One compile of one schema source, and assertions on its errors. */
    private record Compiled(JavaFileObject source, Compilation compilation) {

        Compiled errorOnLine(int line, String message) {
            assertThat(compilation).hadErrorContaining(message).inFile(source).onLine(line);
            return this;
        }
    }

    private static Compiled compile(String text) {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Bad", text);
        return new Compiled(source, javac().withProcessors(new UsageSchemaProcessor()).compile(source));
    }

    @Test
    void annotationOnAClass() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema
                public class Bad {
                }
                """);
        compiled.errorOnLine(4, "[UsageSchemaTarget] @UsageSchema goes on an interface, and Bad is a class");
    }

    @Test
    void genericSchema() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema
                public interface Bad<T> {
                    long prompt();
                }
                """);
        compiled.errorOnLine(4, "Bad is generic");
    }

    @Test
    void accessorWithParameters() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema
                public interface Bad {
                    long prompt();
                    long tokens(String kind);
                }
                """);
        compiled.errorOnLine(6, "[UsageSchemaAccessor] tokens takes parameters");
    }

    @Test
    void unsupportedTypeSaysWhatToUseInstead() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                import java.util.*;
                @UsageSchema
                public interface Bad {
                    float prompt();
                    Optional<Long> cached();
                    java.math.BigInteger total();
                }
                """);
        compiled.errorOnLine(6, "prompt: float is not a supported property type");
        compiled.errorOnLine(7, "use OptionalLong instead of Optional<Long>");
        compiled.errorOnLine(8, "BigInteger is not a supported count type");
    }

    @Test
    void sumNamingAnUnknownPropertyListsTheCounts() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema
                public interface Bad {
                    long prompt();
                    long completion();
                    @Sum({"prompt", "completions"})
                    long total();
                }
                """);
        compiled.errorOnLine(7, "[UsageSchemaSum] @Sum on total names 'completions', which is not a"
                + " property of Bad; its counts are prompt, completion, total");
    }

    @Test
    void sumOfANonCountAndOnANonCount() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema
                public interface Bad {
                    long prompt();
                    String model();
                    @Sum({"prompt", "model"})
                    long total();
                    @Sum({"prompt"}) @NotACount
                    double seconds();
                }
                """);
        compiled.errorOnLine(7, "names model, which is not a token count");
        compiled.errorOnLine(9, "@Sum is for token counts, and seconds is not one");
    }

    @Test
    void sumsThatGoRoundInACircle() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema
                public interface Bad {
                    @Sum({"b"}) long a();
                    @Sum({"a"}) long b();
                }
                """);
        compiled.errorOnLine(5, "[UsageSchemaSumCycle] sums go round in a circle: a -> b -> a");
    }

    @Test
    void boundOnItselfAndOnAnUnknownCount() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema
                public interface Bad {
                    long prompt();
                    @AtMost("cached") long cached();
                    @AtMost("promt") long audio();
                }
                """);
        compiled.errorOnLine(6, "cached cannot be bounded by itself");
        compiled.errorOnLine(7, "@AtMost on audio names 'promt'");
    }

    @Test
    void nullablePrimitive() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema
                public interface Bad {
                    @Nullable long prompt();
                }
                """);
        compiled.errorOnLine(5, "[UsageSchemaNullable] prompt is a primitive and cannot be null");
    }

    @Test
    void twoPropertiesWithOneWireName() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema(naming = WireNaming.SNAKE_CASE)
                public interface Bad {
                    long promptTokens();
                    @WireName(value = "input", alternates = {"prompt_tokens"}) long inputTokens();
                }
                """);
        compiled.errorOnLine(6, "inputTokens and promptTokens both use the wire name 'prompt_tokens'");
    }

    @Test
    void additionalPropertiesOfTheWrongType() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                import java.util.*;
                @UsageSchema
                public interface Bad {
                    @AdditionalProperties Map<String, String> extra();
                }
                """);
        compiled.errorOnLine(6, "@AdditionalProperties must be on a Map<String, Object> accessor");
    }

    @Test
    void everyErrorOfACompileIsReportedInThatCompile() {
        Compiled compiled = compile("""
                package test;
                import dev.usageschema.*;
                @UsageSchema
                public interface Bad {
                    @Nullable long prompt();
                    @Sum({"nothing"}) long total();
                    @AtMost("total") String model();
                }
                """);
        assertThat(compiled.compilation()).hadErrorCount(3);
    }
}
