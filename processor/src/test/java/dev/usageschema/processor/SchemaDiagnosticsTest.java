package dev.usageschema.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every misuse of the schema language is a diagnostic on the offending line, with a message that
 * says what is wrong and what to do. In each source, {@code // <-} marks the line the diagnostic
 * must point at.
 */
class SchemaDiagnosticsTest {

    private static final String HEADER = "package test;\nimport dev.usageschema.*;\nimport java.util.*;\n";

    static Stream<Arguments> errors() {
        return Stream.of(
                misuse("annotation on a class", "@UsageSchema goes on an interface, and Bad is a class", """
                        @UsageSchema
                        public class Bad { // <-
                        }
                        """),
                misuse("annotation on an enum", "Bad is an enum; declare the shape as an interface of accessors", """
                        @UsageSchema
                        public enum Bad { // <-
                            A
                        }
                        """),
                misuse("annotation on a record", "Bad is a record", """
                        @UsageSchema
                        public record Bad(long prompt) { // <-
                        }
                        """),
                misuse("annotation on an annotation type", "Bad is an annotation type", """
                        @UsageSchema
                        public @interface Bad { // <-
                        }
                        """),
                misuse("generic schema", "[UsageSchemaTarget] Bad is generic; a schema has one fixed shape", """
                        @UsageSchema
                        public interface Bad<T> { // <-
                            long prompt();
                        }
                        """),
                misuse("private nested schema", "Inner is private; the generated class must implement it", """
                        public class Bad {
                            @UsageSchema
                            private interface Inner { // <-
                                long prompt();
                            }
                        }
                        """),
                misuse("schema inside a private class", "Inner is inside the private Hidden", """
                        public class Bad {
                            private static class Hidden {
                                @UsageSchema
                                interface Inner { // <-
                                    long prompt();
                                }
                            }
                        }
                        """),
                misuse("accessor with parameters", "[UsageSchemaAccessor] tokens takes parameters", """
                        @UsageSchema
                        public interface Bad {
                            long tokens(String kind); // <-
                        }
                        """),
                misuse("generic accessor", "[UsageSchemaAccessor] value is generic", """
                        @UsageSchema
                        public interface Bad {
                            <T extends Number> T value(); // <-
                        }
                        """),
                misuse("void accessor", "reset: a schema accessor must return a value, not void", """
                        @UsageSchema
                        public interface Bad {
                            void reset(); // <-
                        }
                        """),
                misuse("float count", "[UsageSchemaType] prompt: float is not a supported property type", """
                        @UsageSchema
                        public interface Bad {
                            float prompt(); // <-
                        }
                        """),
                misuse("Optional of a boxed count", "use OptionalLong instead of Optional<Long>", """
                        @UsageSchema
                        public interface Bad {
                            Optional<Long> cached(); // <-
                        }
                        """),
                misuse("BigInteger count", "BigInteger is not a supported count type", """
                        @UsageSchema
                        public interface Bad {
                            java.math.BigInteger total(); // <-
                        }
                        """),
                misuse("array property", "arrays are mutable and cannot be part of an immutable model", """
                        @UsageSchema
                        public interface Bad {
                            long[] counts(); // <-
                        }
                        """),
                misuse("Optional without a type argument", "Optional needs a concrete type argument", """
                        @UsageSchema
                        public interface Bad {
                            Optional<?> anything(); // <-
                        }
                        """),
                misuse("@NotACount on a string", "@NotACount is for numeric properties; java.lang.String is not a number", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount String model(); // <-
                        }
                        """),
                misuse("whole on a string", "@NotACount is for numeric properties; java.lang.String is not a number", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount(whole = true) String model(); // <-
                        }
                        """),
                misuse("a range on an enum", "[UsageSchemaType] tier: @NotACount is for numeric properties; test.Tier is not a number", """
                        enum Tier { FREE, PAID }
                        @UsageSchema
                        public interface Bad {
                            @NotACount(min = 0) Tier tier(); // <-
                        }
                        """),
                misuse("@NotACount on a Float", "[UsageSchemaType] ratio: Float is not a supported number type; a @NotACount"
                        + " number is an int, long or double (boxed or optional), a BigDecimal or a BigInteger", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount(min = 0) Float ratio(); // <-
                        }
                        """),
                misuse("finite on a BigDecimal", "[UsageSchemaRange] cost is a BigDecimal, always finite, so finite cannot"
                        + " apply to it; remove finite from its @NotACount", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount(min = 0,
                                    finite = false) // <-
                            Optional<java.math.BigDecimal> cost();
                        }
                        """),
                misuse("whole on a BigInteger", "[UsageSchemaRange] ticks is an integer, always whole and finite, so whole"
                        + " cannot apply to it; remove whole from its @NotACount", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount(whole = true) // <-
                            java.math.BigInteger ticks();
                        }
                        """),
                misuse("finite on a long", "[UsageSchemaRange] retries is an integer, always whole and finite, so finite"
                        + " cannot apply to it; remove finite from its @NotACount", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount(finite = true) // <-
                            long retries();
                        }
                        """),
                misuse("floating options on an integer", "[UsageSchemaRange] retries is an integer, always whole and finite,"
                        + " so whole cannot apply to it", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount(whole = true) // <-
                            long retries();
                        }
                        """),
                misuse("@Int32 on a BigDecimal", "[UsageSchemaConflict] @Int32 cannot go with @NotACount on cost", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount @Int32 java.math.BigDecimal cost(); // <-
                        }
                        """),
                misuse("@Int32 on a BigDecimal that is not marked", "[UsageSchemaType] cost: BigDecimal is not a supported count type", """
                        @UsageSchema
                        public interface Bad {
                            @Int32 java.math.BigDecimal cost(); // <-
                        }
                        """),
                misuse("@AtMost on a BigDecimal", "[UsageSchemaConflict] @AtMost cannot go with @NotACount on cost", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @NotACount @AtMost("prompt") java.math.BigDecimal cost(); // <-
                        }
                        """),
                misuse("@Sum over a BigDecimal", "[UsageSchemaSum] @Sum on total names cost, which is not a token count", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount java.math.BigDecimal cost();
                            @Sum({"cost"}) // <-
                            long total();
                        }
                        """),
                misuse("additional properties of the wrong type", "@AdditionalProperties must be on a Map<String, Object> accessor", """
                        @UsageSchema
                        public interface Bad {
                            @AdditionalProperties Map<String, String> extra(); // <-
                        }
                        """),
                misuse("two additional-properties maps", "[UsageSchemaAdditional] more is a second @AdditionalProperties map", """
                        @UsageSchema
                        public interface Bad {
                            @AdditionalProperties Map<String, Object> extra();
                            @AdditionalProperties Map<String, Object> more(); // <-
                        }
                        """),
                misuse("additional properties with a wire name", "@WireName cannot go with @AdditionalProperties on extra", """
                        @UsageSchema
                        public interface Bad {
                            @AdditionalProperties @WireName("x") Map<String, Object> extra(); // <-
                        }
                        """),
                misuse("nullable additional properties", "@AdditionalProperties extra cannot be nullable", """
                        @UsageSchema
                        public interface Bad {
                            @AdditionalProperties @Nullable Map<String, Object> extra(); // <-
                        }
                        """),
                misuse("@Int32 on a number that is not a count", "[UsageSchemaConflict] @Int32 cannot go with @NotACount on seconds", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount @Int32 long seconds(); // <-
                        }
                        """),
                misuse("@Sum on a number that is not a count", "@Sum cannot go with @NotACount on seconds", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @NotACount @Sum({"prompt"}) double seconds(); // <-
                        }
                        """),
                misuse("nullable primitive", "[UsageSchemaNullable] prompt is a primitive and cannot be null", """
                        @UsageSchema
                        public interface Bad {
                            @Nullable long prompt(); // <-
                        }
                        """),
                misuse("@Int32 on a string", "[UsageSchemaInt32] @Int32 is for token counts, and model is not one", """
                        @UsageSchema
                        public interface Bad {
                            @Int32 String model(); // <-
                        }
                        """),
                misuse("two severities", "[UsageSchemaSeverity] give one severity", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @AtMost(value = "prompt", severity = {Severity.ERROR, Severity.WARNING}) long cached(); // <-
                        }
                        """),
                misuse("two properties with one wire name", "inputTokens and promptTokens both use the wire name 'prompt_tokens'", """
                        @UsageSchema(naming = WireNaming.SNAKE_CASE)
                        public interface Bad {
                            long promptTokens();
                            @WireName(value = "input", alternates = {"prompt_tokens"}) long inputTokens(); // <-
                        }
                        """),
                misuse("a wire name given again as its own alternate", "[UsageSchemaWireName] prompt gives the wire name"
                        + " 'p' twice", """
                        @UsageSchema
                        public interface Bad {
                            @WireName(value = "p", alternates = {"p"}) long prompt(); // <-
                        }
                        """),
                misuse("two enum constants with one wire name", "[UsageSchemaWireName] tier holds test.Bad.Tier, whose"
                        + " constants FLEX and FLEXIBLE both use the wire name 'flex'", """
                        @UsageSchema
                        public interface Bad {
                            enum Tier { @WireName("flex") FLEX, @WireName(alternates = {"flex"}) FLEXIBLE }
                            Tier tier(); // <-
                        }
                        """),
                misuse("an enum constant named like another's wire name", "[UsageSchemaWireName] tier holds test.Bad.Tier,"
                        + " whose constants A and B both use the wire name 'B'", """
                        @UsageSchema
                        public interface Bad {
                            enum Tier { @WireName("B") A, B }
                            Optional<Tier> tier(); // <-
                        }
                        """),
                misuse("an enum with a number on some constants only", "[UsageSchemaWireNumber] modality holds"
                        + " test.Bad.Modality, whose constant IMAGE has no @WireNumber while TEXT has 1; give every"
                        + " constant a number, or none", """
                        @UsageSchema
                        public interface Bad {
                            enum Modality { @WireNumber(1) TEXT, IMAGE }
                            Modality modality(); // <-
                        }
                        """),
                misuse("two enum constants with one number", "[UsageSchemaWireNumber] modality holds test.Bad.Modality,"
                        + " whose constants TEXT and IMAGE both have the wire number 1; give each constant its own", """
                        @UsageSchema
                        public interface Bad {
                            enum Modality { @WireNumber(1) TEXT, @WireNumber(1) IMAGE }
                            Optional<Modality> modality(); // <-
                        }
                        """),
                misuse("a wire number on an accessor", "[UsageSchemaWireNumber] @WireNumber goes on a constant of an enum,"
                        + " and LIMIT is not one", """
                        @UsageSchema
                        public interface Bad {
                            @WireNumber(1) int LIMIT = 3; // <-
                            long prompt();
                        }
                        """),
                misuse("empty alternate wire name", "[UsageSchemaWireName] prompt has an empty wire name", """
                        @UsageSchema
                        public interface Bad {
                            @WireName(alternates = {""}) long prompt(); // <-
                        }
                        """),
                misuse("@Sum on a string", "[UsageSchemaSum] @Sum is for token counts, and model is not one", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Sum({"prompt"}) String model(); // <-
                        }
                        """),
                misuse("@Sum without parts", "@Sum on total names no parts", """
                        @UsageSchema
                        public interface Bad {
                            @Sum({}) long total(); // <-
                        }
                        """),
                misuse("@Sum naming an unknown property", "@Sum on total names 'completions', which is not a property of Bad;"
                        + " its counts are prompt, completion, total", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @Sum({"prompt", "completions"}) long total(); // <-
                        }
                        """),
                misuse("@Sum naming a property that is not a count", "@Sum on total names model, which is not a token count", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            String model();
                            @Sum({"prompt", "model"}) long total(); // <-
                        }
                        """),
                misuse("@Sum naming its own total", "total cannot be a part of its own sum", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Sum({"prompt", "total"}) long total(); // <-
                        }
                        """),
                misuse("@Sum naming a part twice", "@Sum on total names prompt twice", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Sum({"prompt", "prompt"}) long total(); // <-
                        }
                        """),
                misuse("total narrower than its parts", "[UsageSchemaSumWidth] total holds at most 2147483647 but its part"
                        + " completion may be up to 9223372036854775807", """
                        @UsageSchema
                        public interface Bad {
                            int prompt();
                            long completion();
                            @Sum({"prompt", "completion"}) int total(); // <-
                        }
                        """),
                misuse("sums in a circle", "[UsageSchemaSumCycle] sums go round in a circle: a -> b -> a", """
                        @UsageSchema
                        public interface Bad {
                            @Sum({"b"}) long a(); // <-
                            @Sum({"a"}) long b();
                        }
                        """),
                misuse("@AtMost on a string", "[UsageSchemaAtMost] @AtMost is for token counts, nested schemas and lists of them, and model is none of those", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @AtMost("prompt") String model(); // <-
                        }
                        """),
                misuse("@AtMost on itself", "cached cannot be bounded by itself", """
                        @UsageSchema
                        public interface Bad {
                            @AtMost("cached") long cached(); // <-
                        }
                        """),
                misuse("@AtMost naming an unknown property", "@AtMost on cached names 'promt', which is not a property of Bad", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @AtMost("promt") long cached(); // <-
                        }
                        """),
                misuse("@AtMost naming a property that is not a count", "@AtMost on cached names model, which is not a token count", """
                        @UsageSchema
                        public interface Bad {
                            String model();
                            @AtMost("model") long cached(); // <-
                        }
                        """),
                misuse("bounds in a circle", "[UsageSchemaBoundCycle] bounds go round in a circle: a <= b <= a", """
                        @UsageSchema
                        public interface Bad {
                            @AtMost("b") long a(); // <-
                            @AtMost("a") long b();
                        }
                        """),
                misuse("nested schemas in a cycle", "[UsageSchemaNestedCycle] nested schemas form a cycle: Bad.other -> Other.back -> Bad", """
                        @UsageSchema
                        public interface Bad {
                            Optional<Other> other(); // <-
                        }
                        @UsageSchema
                        interface Other {
                            Optional<Bad> back();
                        }
                        """),
                misuse("accessor named like a generated method", "[UsageSchemaReservedName] toBuilder() is a method of every generated class", """
                        @UsageSchema
                        public interface Bad {
                            long toBuilder(); // <-
                        }
                        """),
                misuse("accessor named like the method that lists violations", "violations() is a method of every generated class", """
                        @UsageSchema
                        public interface Bad {
                            long violations(); // <-
                        }
                        """),
                misuse("accessor named like the getter Bean Validation reads", "getPrompt is the getter through which Bean Validation"
                        + " sees another property", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long getPrompt(); // <-
                        }
                        """),
                misuse("accessor with a dollar sign, which generated names use", "[UsageSchemaReservedName] prompt$count contains '$'", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long prompt$count(); // <-
                        }
                        """),
                misuse("accessors whose generated methods would be the same", "[UsageSchemaReservedName] A and a would both have the Bean Validation getter getA", """
                        @UsageSchema
                        public interface Bad {
                            long a();
                            long A(); // <-
                        }
                        """),
                misuse("schema that holds itself", "[UsageSchemaNestedCycle] nested schemas form a cycle: Bad.self -> Bad", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            Optional<Bad> self(); // <-
                        }
                        """),
                misuse("schema extending a schema", "[UsageSchemaExtendsSchema] Bad extends the schema Base", """
                        @UsageSchema
                        interface Base {
                            long prompt();
                        }
                        @UsageSchema
                        public interface Bad extends Base { // <-
                            long completion();
                        }
                        """),
                misuse("sealed schema", "[UsageSchemaTarget] Bad is sealed", """
                        @UsageSchema
                        public sealed interface Bad permits Only { // <-
                            long prompt();
                        }
                        final class Only implements Bad {
                            public long prompt() {
                                return 0;
                            }
                        }
                        """),
                misuse("accessor that throws", "[UsageSchemaAccessor] prompt declares throws java.io.IOException", """
                        @UsageSchema
                        public interface Bad {
                            long prompt() throws java.io.IOException; // <-
                        }
                        """),
                misuse("optional inside an optional", "[UsageSchemaType] nested: an optional inside an Optional has no wire form", """
                        @UsageSchema
                        public interface Bad {
                            Optional<Optional<String>> nested(); // <-
                        }
                        """),
                misuse("a range no value lies in", "[UsageSchemaRange] seconds declares the range [5.0, 1.0], which no value lies in", """
                        @UsageSchema
                        public interface Bad {
                            @NotACount(min = 5, max = 1) // <-
                            double seconds();
                        }
                        """),
                misuse("a total at least its parts, derived", "[UsageSchemaSum] total is at least the sum of its parts, so it cannot be derived", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Sum(value = {"prompt"}, relation = SumRelation.AT_LEAST, derive = true) // <-
                            OptionalLong total();
                        }
                        """),
                misuse("a sum over something that is not a list of schemas", "[UsageSchemaSum] @Sum on total names 'prompt[]', but prompt is not a list of nested schemas in Bad; it has no lists of nested schemas", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Sum("prompt[].tokens") // <-
                            long total();
                        }
                        """),
                misuse("a sum over a list naming no count of its elements", "[UsageSchemaSum] @Sum on total names 'tokns' in the elements of parts, which is not a count of Part; its counts are tokens", """
                        @UsageSchema
                        public interface Bad {
                            List<Part> parts();
                            @Sum("parts[].tokns") // <-
                            long total();
                        }
                        @UsageSchema
                        interface Part {
                            long tokens();
                        }
                        """),
                misuse("a unique key on what is not a list of schemas", "[UsageSchemaUniqueBy] @UniqueBy is for lists of nested schemas, and names is not one", """
                        @UsageSchema
                        public interface Bad {
                            @UniqueBy("x") // <-
                            List<String> names();
                        }
                        """),
                misuse("a unique key that the elements do not have", "[UsageSchemaUniqueBy] @UniqueBy on parts names 'kind', which is not a property of Part; its properties are modality, tokens", """
                        @UsageSchema
                        public interface Bad {
                            @UniqueBy("kind") // <-
                            List<Part> parts();
                        }
                        @UsageSchema
                        interface Part {
                            String modality();
                            long tokens();
                        }
                        """),
                misuse("a sum reaching into a list without []", "[UsageSchemaSum] @Sum on total names 'parts.tokens', but parts is a list, and a path cannot pass through a list; add up its elements with 'parts[].tokens'", """
                        @UsageSchema
                        public interface Bad {
                            List<Part> parts();
                            @Sum("parts.tokens") // <-
                            long total();
                        }
                        @UsageSchema
                        interface Part {
                            long tokens();
                        }
                        """),
                misuse("a list in a path's brackets after a nested step", "[UsageSchemaSum] @Sum on total names 'a.b[].c'; a part is a count (prompt), a count of a nested object at any depth", """
                        @UsageSchema
                        public interface Bad {
                            @Sum("a.b[].c") // <-
                            long total();
                        }
                        """),
                misuse("a path whose middle step is not a nested schema", "[UsageSchemaSum] @Sum on total names 'details.nope.tokens', but nope is not a nested schema of Details; its nested schemas are inner", """
                        @UsageSchema
                        public interface Bad {
                            @Sum("details.nope.tokens") // <-
                            long total();
                            Details details();
                        }
                        @UsageSchema
                        interface Details {
                            long nope();
                            Inner inner();
                        }
                        @UsageSchema
                        interface Inner {
                            long tokens();
                        }
                        """),
                misuse("a path through a list deeper down", "[UsageSchemaAtMost] @AtMost on used names 'details.entries.tokens', but entries is a list, and a path cannot pass through a list", """
                        @UsageSchema
                        public interface Bad {
                            @AtMost("details.entries.tokens") // <-
                            long used();
                            Details details();
                        }
                        @UsageSchema
                        interface Details {
                            List<Entry> entries();
                        }
                        @UsageSchema
                        interface Entry {
                            long tokens();
                        }
                        """),
                misuse("a nested total that is not a count of the nested object", "[UsageSchemaSum] @Sum on billing names the total 'billing.totl', and totl is not a count of Billing; its counts are billed", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            long completion();
                            @Sum(value = {"prompt", "completion"}, count = "totl") // <-
                            Billing billing();
                        }
                        @UsageSchema
                        interface Billing {
                            long billed();
                        }
                        """),
                misuse("a sum with count on a count", "[UsageSchemaSum] @Sum(count = \"x\") is for a nested schema, whose count is the total, and total is not one", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Sum(value = "prompt", count = "x") // <-
                            long total();
                        }
                        """),
                misuse("a nested total that would be derived", "[UsageSchemaSum] the total billing.billed lies in a nested object, so it cannot be derived; remove derive = true", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Sum(value = "prompt", count = "billed", derive = true) // <-
                            Billing billing();
                        }
                        @UsageSchema
                        interface Billing {
                            long billed();
                        }
                        """),
                misuse("sums that go round across levels", "[UsageSchemaSumCycle] sums go round in a circle: total -> billing.billed -> total", """
                        @UsageSchema
                        public interface Bad {
                            @Sum("billing.billed") // <-
                            long total();
                            @Sum(value = "total", count = "billed")
                            Billing billing();
                        }
                        @UsageSchema
                        interface Billing {
                            long billed();
                        }
                        """),
                misuse("a bound on a count the elements of a list do not have", "[UsageSchemaAtMost] @AtMost(count = \"tokns\") on parts names no count of its elements, Part; its counts are tokens", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @AtMost(value = "prompt", count = "tokns") // <-
                            List<Part> parts();
                        }
                        @UsageSchema
                        interface Part {
                            long tokens();
                        }
                        """),
                misuse("a bound in a nested object that has no such count", "[UsageSchemaAtMost] @AtMost on used names 'limits.max', and max is not a count of Limits; its counts are maxTokens", """
                        @UsageSchema
                        public interface Bad {
                            @AtMost("limits.max") // <-
                            long used();
                            Optional<Limits> limits();
                        }
                        @UsageSchema
                        interface Limits {
                            long maxTokens();
                        }
                        """),
                misuse("a bound on a count the nested object does not have", "[UsageSchemaAtMost] @AtMost(count = \"cahced\") on details names no count of it, Details; its counts are cached", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @AtMost(value = "prompt", count = "cahced") // <-
                            Optional<Details> details();
                        }
                        @UsageSchema
                        interface Details {
                            long cached();
                        }
                        """),
                misuse("a collection type the model cannot copy", "[UsageSchemaType] tags: ArrayList cannot be copied into an unmodifiable value of its own type", """
                        @UsageSchema
                        public interface Bad {
                            ArrayList<String> tags(); // <-
                        }
                        """),
                misuse("addable schema with a value and no merge rule", "[UsageSchemaAddable] Bad is @Addable, and model"
                        + " is not a count: say how two values of it combine with @Merge(AGREE), FIRST, LAST, DROP", """
                        @Addable
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            String model(); // <-
                        }
                        """),
                misuse("addable schema nesting one that is not", "[UsageSchemaAddable] Bad is @Addable, and details holds"
                        + " Details, which is not; annotate Details with @Addable", """
                        @UsageSchema
                        interface Details {
                            long cached();
                        }
                        @Addable
                        @UsageSchema
                        public interface Bad {
                            Optional<Details> details(); // <-
                        }
                        """),
                misuse("addable schema with a list and no key", "[UsageSchemaAddable] Bad is @Addable, and parts is a list"
                        + " with no key to add its elements by; name the key with @UniqueBy", """
                        @Addable
                        @UsageSchema
                        interface Part {
                            long tokens();
                        }
                        @Addable
                        @UsageSchema
                        public interface Bad {
                            List<Part> parts(); // <-
                        }
                        """),
                misuse("merge rule on a count", "[UsageSchemaMerge] prompt is a count, and counts are added", """
                        @Addable
                        @UsageSchema
                        public interface Bad {
                            @Merge(MergeRule.LAST) // <-
                            long prompt();
                        }
                        """),
                misuse("merge rule on a schema that is not addable", "[UsageSchemaMerge] @Merge says how model combines"
                        + " when values are added, and Bad is not @Addable", """
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Merge(MergeRule.AGREE) // <-
                            String model();
                        }
                        """),
                misuse("dropping a required property", "[UsageSchemaMerge] @Merge(DROP) leaves model out of the sum, and it"
                        + " is required", """
                        @Addable
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Merge(MergeRule.DROP) // <-
                            String model();
                        }
                        """),
                misuse("adding what is not a number", "[UsageSchemaMerge] @Merge(ADD) adds a number that is not a count,"
                        + " and model is not a number", """
                        @Addable
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @Merge(MergeRule.ADD) // <-
                            String model();
                        }
                        """),
                misuse("nulls that add nothing where none can be null", "[UsageSchemaAddable] nulls = ADDS_NOTHING says"
                        + " what a null adds, and no property of Bad can be null", """
                        @Addable(absent = AbsentInSum.ADDS_NOTHING,
                                nulls = NullInSum.ADDS_NOTHING) // <-
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            OptionalLong cached();
                        }
                        """),
                misuse("addable interface that is not a schema", "[UsageSchemaAddable] @Addable says how values of a"
                        + " @UsageSchema add up, and Bad is not one", """
                        @Addable
                        public interface Bad { // <-
                            long prompt();
                        }
                        """),
                misuse("invalid generated type name", "[UsageSchemaTypeName] 'Chat.Usage' is not a valid simple class name", """
                        @UsageSchema(typeName = "Chat.Usage") // <-
                        public interface Bad {
                            long prompt();
                        }
                        """));
    }

    static Stream<Arguments> warnings() {
        return Stream.of(
                misuse("@Int32 on an int", "[UsageSchemaInt32] prompt is an int already; @Int32 adds nothing", """
                        @UsageSchema
                        public interface Bad {
                            @Int32 int prompt(); // <-
                        }
                        """),
                misuse("empty schema", "[UsageSchemaEmpty] Bad has no accessors", """
                        @UsageSchema
                        public interface Bad { // <-
                        }
                        """),
                misuse("details type that is not a schema", "[UsageSchemaNotASchema] details holds Details, whose accessors"
                        + " are all counts, but it is not a @UsageSchema", """
                        interface Details {
                            OptionalLong cachedTokens();
                        }
                        @UsageSchema
                        public interface Bad {
                            Optional<Details> details(); // <-
                        }
                        """),
                misuse("bound on a nested schema without counts", "[UsageSchemaAtMost] @AtMost on details bounds nothing", """
                        @UsageSchema
                        interface Details {
                            String note();
                        }
                        @UsageSchema
                        public interface Bad {
                            long prompt();
                            @AtMost("prompt") Details details(); // <-
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

    @Test
    void everyErrorOfACompileIsReportedInThatCompile() {
        JavaFileObject first = JavaFileObjects.forSourceString("test.First", HEADER + """
                @UsageSchema
                public interface First {
                    @Nullable long prompt();
                    @Sum({"nothing"}) long total();
                    @AtMost("total") String model();
                    float ratio();
                    @Sum({"ratio"}) long usesUnreadable();
                }
                """);
        JavaFileObject second = JavaFileObjects.forSourceString("test.Second", HEADER + """
                @UsageSchema
                public interface Second {
                    @AtMost("second") long first();
                }
                """);
        Compilation compilation = javac().withProcessors(new UsageSchemaProcessor()).compile(first, second);

        // Four in First (the unreadable float is reported once, not again where @Sum names it), one in Second.
        assertThat(compilation).hadErrorCount(5);
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
