package dev.usageschema.canonical;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.usageschema.processor.UsageSchemaProcessor;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every misuse of {@code @CanonicalMapping} is a diagnostic on the offending annotation value, with
 * what is wrong and the way out. In each source, {@code // <-} marks the line it must point at.
 */
class CanonicalMappingDiagnosticsTest {

    private static final String HEADER = "package test;\nimport dev.usageschema.*;\nimport java.math.BigDecimal;\n"
            + "import java.util.*;\n";

    /** A chat shape as OpenAI's: details bounded by their parents, the total their sum. */
    private static final String DETAILS = """
            @UsageSchema
            interface PromptDetails {
                OptionalLong cached();
                OptionalLong audio();
            }
            @UsageSchema
            interface CompletionDetails {
                OptionalLong reasoning();
                OptionalLong accepted();
            }
            """;

    static Stream<Arguments> errors() {
        return Stream.of(
                misuse("a role naming no property", "[UsageSchemaCanonical] @CanonicalMapping(input = \"prompts\") names"
                        + " 'prompts', which is not a property of Bad; its counts are prompt, completion", """
                        @CanonicalMapping(convention = "p",
                                input = "prompts", // <-
                                output = "completion")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                        }
                        """),
                misuse("a nested path that does not lead to a count", "@CanonicalMapping(cacheRead = \"details.cache\")"
                        + " names 'details.cache', and cache is not a count of PromptDetails; its counts are cached, audio",
                        DETAILS + """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                cacheRead = "details.cache") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @AtMost("prompt") Optional<PromptDetails> details();
                        }
                        """),
                misuse("a role through a list", "@CanonicalMapping(cacheRead = \"parts[].cached\") names a count through"
                        + " a list, and a role is one count", DETAILS + """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                cacheRead = "parts[].cached") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            List<PromptDetails> parts();
                        }
                        """),
                misuse("a role naming a string", "@CanonicalMapping(output = \"model\") names model, which is not a count,"
                        + " and output is a token count", """
                        @CanonicalMapping(convention = "p", input = "prompt",
                                output = "model") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            String model();
                        }
                        """),
                misuse("a token role naming a number that is not a count", "@CanonicalMapping(output = \"seconds\") names"
                        + " seconds, which is a @NotACount number, and output is a token count", """
                        @CanonicalMapping(convention = "p", input = "prompt",
                                output = "seconds") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @NotACount double seconds();
                        }
                        """),
                misuse("a cost that is a count", "@CanonicalMapping(cost = \"credits\") names credits, and a cost is an"
                        + " exact decimal: declare it @NotACount BigDecimal", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                cost = "credits", // <-
                                unmapped = "credits")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            long credits();
                        }
                        """),
                misuse("web-search requests held in a double", "@CanonicalMapping(webSearchRequests = \"searches\")"
                        + " names searches, and web-search requests are a whole number held in an int or a long", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                webSearchRequests = "searches") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @NotACount(whole = true) OptionalDouble searches();
                        }
                        """),
                misuse("an empty input", "[UsageSchemaCanonical] @CanonicalMapping names no input count; input = \"...\""
                        + " names the count of input tokens Bad reports; its counts are prompt, completion", """
                        @CanonicalMapping(convention = "p",
                                input = "", // <-
                                output = "completion")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                        }
                        """),
                misuse("no input at all", "is missing a default value for the element 'input'", """
                        @CanonicalMapping(convention = "p", output = "completion") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                        }
                        """),
                misuse("one count in two roles", "[UsageSchemaCanonical] prompt is mapped to both input and total, and a"
                        + " count plays one role; map it once", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                total = "prompt") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                        }
                        """),
                misuse("a part inside its count and beside it in the total", "@CanonicalMapping(cacheRead = \"cached\"):"
                        + " the schema puts cached inside prompt (an @AtMost bounds it by it) and adds it beside it in"
                        + " the @Sum on total, so the total would count it twice; remove it from the @Sum on total if"
                        + " prompt counts it, else remove the bound", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion", total = "total",
                                cacheRead = "cached") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @AtMost("prompt") OptionalLong cached();
                            @Sum(value = {"prompt", "completion", "cached"}, whenAbsent = AbsentParts.COUNT_AS_ZERO)
                            long total();
                        }
                        """),
                misuse("a part of the output bounded by the input", "@CanonicalMapping(reasoning = \"details.cached\"):"
                        + " the schema puts details.cached inside prompt, the input count, and reasoning is a part of"
                        + " the output; map details.cached to a role of the input, or bound it by completion instead",
                        DETAILS + """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                reasoning = "details.cached", // <-
                                unmapped = "details.audio")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @AtMost("prompt") Optional<PromptDetails> details();
                        }
                        """),
                misuse("a total that leaves out a part the canonical total adds (the double-count defect)",
                        "@CanonicalMapping(total = \"total\"): total is the @Sum of prompt + completion, and the"
                        + " canonical total adds prompt + completion + cacheRead (the input and output counts, and the"
                        + " parts beside them); cacheRead is added beside its count but not in total: bound it by the"
                        + " count that counts it, or list it in the @Sum on total", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                total = "total", // <-
                                cacheRead = "cacheRead")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            OptionalLong cacheRead();
                            @Sum({"prompt", "completion"}) long total();
                        }
                        """),
                misuse("a total that adds a count no role adds", "; extra is in total but no role adds it: map each to"
                        + " the part it is, beside the input or the output count", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                total = "total", // <-
                                unmapped = "extra")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            long extra();
                            @Sum({"prompt", "completion", "extra"}) long total();
                        }
                        """),
                misuse("a total that leaves out the output count", "@CanonicalMapping(total = \"total\"): total is"
                        + " the @Sum of prompt, and the canonical total adds prompt + completion (the input and output"
                        + " counts, and the parts beside them); total leaves out completion, which the mapping names as"
                        + " the input or output count: map the counts it adds", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                total = "total") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @Sum("prompt") long total();
                        }
                        """),
                misuse("a prediction count not bounded by the output", "@CanonicalMapping(acceptedPrediction ="
                        + " \"accepted\"): prediction tokens are counted in the output, and the schema does not bound"
                        + " accepted by completion; bound it with @AtMost(\"completion\") on accepted", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                acceptedPrediction = "accepted") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            OptionalLong accepted();
                        }
                        """),
                misuse("a nested prediction count not bounded by the output", "bound it with @AtMost(value ="
                        + " \"completion\", count = \"accepted\") on details", DETAILS + """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                acceptedPrediction = "details.accepted", // <-
                                unmapped = "details.reasoning")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            Optional<CompletionDetails> details();
                        }
                        """),
                misuse("a count neither mapped nor left out", "[UsageSchemaCanonical] @CanonicalMapping places no role for"
                        + " details.audio, more.details.reasoning, more.details.accepted of Bad, and a count left out"
                        + " must be left out on purpose; map each to a role, or list them in unmapped ="
                        + " {\"details.audio\", \"more.details.reasoning\", \"more.details.accepted\"}",
                        DETAILS + """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion", // <-
                                cacheRead = "details.cached")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @AtMost("prompt") Optional<PromptDetails> details();
                            Optional<NotBounded> more();
                            List<PromptDetails> perModality();
                        }
                        @UsageSchema
                        interface NotBounded {
                            Optional<CompletionDetails> details();
                        }
                        """),
                misuse("an unmapped entry that is not a count", "[UsageSchemaCanonical] unmapped lists 'model', which is"
                        + " not a count of Bad", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                unmapped = {
                                        "model"}) // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            String model();
                        }
                        """),
                misuse("an unmapped entry that is mapped", "[UsageSchemaCanonical] unmapped lists completion, which output"
                        + " maps; a count is mapped or left out, not both", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                unmapped = "completion") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                        }
                        """),
                misuse("a cache-write split without the cache writes", "@CanonicalMapping(cacheWrite5m = \"fiveMinutes\"):"
                        + " cacheWrite5m is a part of the cache writes, and the mapping names none; map them with"
                        + " cacheWrite = \"...\"", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                cacheWrite5m = "fiveMinutes") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            OptionalLong fiveMinutes();
                        }
                        """),
                misuse("a cache-write split added beside the cache writes", "@CanonicalMapping(cacheWrite5m ="
                        + " \"fiveMinutes\"): cacheWrite5m is a part of writes, and the schema adds fiveMinutes beside"
                        + " it in the @Sum on total, so it would be counted twice; remove it from that @Sum", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion", total = "total",
                                cacheWrite = "writes",
                                cacheWrite5m = "fiveMinutes") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @Sum("fiveMinutes") OptionalLong writes();
                            OptionalLong fiveMinutes();
                            @Sum(value = {"prompt", "completion", "writes", "fiveMinutes"},
                                    whenAbsent = AbsentParts.COUNT_AS_ZERO)
                            long total();
                        }
                        """),
                misuse("a cache-write split its cache writes' sum leaves out", "@CanonicalMapping(cacheWrite1h ="
                        + " \"oneHour\"): writes is the @Sum of fiveMinutes, which leaves oneHour out, and cacheWrite1h"
                        + " is a part of it; list oneHour in that @Sum, or map the split that is", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion", total = "total",
                                cacheWrite = "writes", cacheWrite5m = "fiveMinutes",
                                cacheWrite1h = "oneHour") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @Sum("fiveMinutes") OptionalLong writes();
                            OptionalLong fiveMinutes();
                            OptionalLong oneHour();
                            @Sum(value = {"prompt", "completion", "writes"}, whenAbsent = AbsentParts.COUNT_AS_ZERO)
                            long total();
                        }
                        """),
                misuse("a cache-write split bounded by the output", "@CanonicalMapping(cacheWrite5m = \"fiveMinutes\"):"
                        + " the schema puts fiveMinutes inside completion, the output count, and cacheWrite5m is a part"
                        + " of the cache writes, writes; bound it by writes instead", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion", total = "total",
                                cacheWrite = "writes",
                                cacheWrite5m = "fiveMinutes") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            OptionalLong writes();
                            @AtMost("completion") OptionalLong fiveMinutes();
                            @Sum(value = {"prompt", "completion", "writes"}, whenAbsent = AbsentParts.COUNT_AS_ZERO)
                            long total();
                        }
                        """),
                misuse("an output part with no output count", "@CanonicalMapping(reasoning = \"thinking\"): reasoning is a"
                        + " part of the output, and the mapping names no output count; name it with output = \"...\"", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "",
                                reasoning = "thinking") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            OptionalLong thinking();
                        }
                        """),
                misuse("a convention that names no surface", "[UsageSchemaCanonical] convention \"OpenAI Chat\" names no"
                        + " provider surface; give lower-case words joined by '-' or '.', such as \"openai-chat\"", """
                        @CanonicalMapping(
                                convention = "OpenAI Chat", // <-
                                input = "prompt", output = "completion")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                        }
                        """),
                misuse("a property named like the generated method", "[UsageSchemaCanonical] toCanonical() is the method"
                        + " @CanonicalMapping writes; rename the accessor and keep the wire name with"
                        + " @WireName(\"toCanonical\")", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion")
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            Optional<String> toCanonical(); // <-
                        }
                        """),
                misuse("a mapping on an interface that is not a schema", "[UsageSchemaCanonical] @CanonicalMapping maps the"
                        + " counts of a @UsageSchema, and Bad is not one", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion")
                        public interface Bad { // <-
                            long prompt();
                            long completion();
                        }
                        """));
    }

    static Stream<Arguments> warnings() {
        return Stream.of(
                misuse("a part the schema says nothing of", "[UsageSchemaCanonical] @CanonicalMapping(cacheRead ="
                        + " \"cacheRead\"): the schema says nothing of cacheRead against prompt, the input count, so it is"
                        + " taken as beside it and added to the input; if prompt counts it, bound it with"
                        + " @AtMost(\"prompt\") on cacheRead; if it is added, map the provider's total and list it in"
                        + " that total's @Sum", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                                cacheRead = "cacheRead") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            OptionalLong cacheRead();
                        }
                        """),
                misuse("a cache-write split the schema says nothing of", "@CanonicalMapping(cacheWrite1h = \"oneHour\"):"
                        + " the schema says nothing of oneHour against writes, whose part it is taken for; add it up to"
                        + " writes with @Sum there, or bound it with @AtMost(\"writes\") on oneHour", """
                        @CanonicalMapping(convention = "p", input = "prompt", output = "completion", total = "total",
                                cacheWrite = "writes",
                                cacheWrite1h = "oneHour") // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            OptionalLong writes();
                            OptionalLong oneHour();
                            @Sum(value = {"prompt", "completion", "writes"}, whenAbsent = AbsentParts.COUNT_AS_ZERO)
                            long total();
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void misuseIsAnErrorOnTheOffendingLine(String misuse, String message, String source, int line) {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Bad", source);
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(file);

        assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(line);
        assertNoCrash(compilation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    void doubtfulUseIsAWarningOnTheOffendingLine(String misuse, String message, String source, int line) {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Bad", source);
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(file);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(message).inFile(file).onLine(line);
    }

    @org.junit.jupiter.api.Test
    void aMappingThatNamesAnOutputPartWithoutAnOutputCountGetsThatErrorAlone() {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Bad", HEADER + """
                @CanonicalMapping(convention = "p", input = "prompt", output = "", reasoning = "thinking")
                @UsageSchema
                public interface Bad {
                    long prompt();
                    OptionalLong thinking();
                }
                """);
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(file);

        // Not also a warning that the part is taken as beside an output count that does not exist.
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadWarningCount(0);
    }

    @org.junit.jupiter.api.Test
    void aRoleNamingAnAccessorThatCouldNotBeReadIsReportedOnceOnTheAccessor() {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Bad", HEADER + """
                @CanonicalMapping(convention = "p", input = "prompt", output = "completion")
                @UsageSchema
                public interface Bad {
                    float prompt();
                    long completion();
                }
                """);
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(file);

        assertThat(compilation).hadErrorContaining("[UsageSchemaType] prompt: float is not a supported property type");
        assertThat(compilation).hadErrorCount(1);
    }

    @org.junit.jupiter.api.Test
    void aMappingIntoASchemaThatHoldsItselfIsAnErrorNotACrash() {
        JavaFileObject file = JavaFileObjects.forSourceString("test.Bad", HEADER + """
                @CanonicalMapping(convention = "p", input = "prompt", output = "completion",
                        cacheRead = "inner.inner.prompt")
                @UsageSchema
                public interface Bad {
                    long prompt();
                    long completion();
                    Optional<Bad> inner();
                }
                """);
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(file);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[UsageSchemaNestedCycle]");
        assertNoCrash(compilation);
    }

    private static void assertNoCrash(Compilation compilation) {
        List<String> crashes = compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null))
                .filter(m -> m.contains("UsageSchemaCrash"))
                .toList();
        assertWithMessage("processor crashes").that(crashes).isEmpty();
    }

    /** A case whose marked line ({@code // <-}) is where the diagnostic must be. */
    private static Arguments misuse(String name, String message, String body) {
        List<String> lines = (HEADER + body).lines().toList();
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// <-")) {
                line = i + 1;
            }
        }
        if (line == 0) {
            throw new IllegalArgumentException("no // <- in " + name);
        }
        return Arguments.of(name, message, HEADER + body, line);
    }
}
