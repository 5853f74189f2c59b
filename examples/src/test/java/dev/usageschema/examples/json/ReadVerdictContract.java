package dev.usageschema.examples.json;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Rule;
import dev.usageschema.Severity;
import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.GatewayUsageRecord;
import dev.usageschema.examples.providers.ImmutableAnthropicUsage;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.Modality;
import dev.usageschema.examples.seeds.seed001.ImmutableStreamedCompletionsResultUsage;
import dev.usageschema.examples.soundness.ImmutableWarnedUsage;
import dev.usageschema.json.JsonSchema;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exactly what a read says, value by value: a value the reader refuses is one violation at its
 * property, never also "required" or "not null" for the property it left unset; every other
 * violation stays; a value skipped (a duplicate, an undeclared field, a value of the wrong type)
 * is skipped whole, so that the fields after it read as they are. One set of cases, run against
 * each Jackson major ({@link Jackson2ReadVerdictTest}, {@link Jackson3ReadVerdictTest}).
 */
abstract class ReadVerdictContract {

    /** The Jackson major under test. */
    abstract JsonBackend json();

    private static final JsonSchema<ImmutableEveryKindUsage, ?> EVERY_KIND = ImmutableEveryKindUsage.jsonSchema();

    /** A valid document of {@link EveryKindUsage}, field by field. */
    private static Map<String, String> everyKind() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("prompt_tokens", "5");
        fields.put("cached_tokens", "2");
        fields.put("billed_tokens", "7");
        fields.put("seconds", "0.25");
        fields.put("streamed", "true");
        fields.put("model", "\"m\"");
        fields.put("modality", "\"TEXT\"");
        fields.put("details", "{\"cached_tokens\":1}");
        fields.put("segments", "[{\"cached_tokens\":0},{\"audio_tokens\":3}]");
        fields.put("tags", "[\"a\"]");
        fields.put("ids", "[1,2]");
        fields.put("rates", "{\"in\":0.5,\"out\":2}");
        fields.put("flags", "[true,false]");
        fields.put("amounts", "[12345678901234567890,0]");
        return fields;
    }

    private static String document(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() == 1 ? "" : ",").append('"').append(name)
                .append("\":").append(value));
        return json.append('}').toString();
    }

    /** {@link #everyKind} with {@code name} given as {@code value}. */
    private static String everyKindWith(String name, String value) {
        Map<String, String> fields = everyKind();
        fields.put(name, value);
        return document(fields);
    }

    private static List<String> verdict(Validated<?> read) {
        return read.violations().stream().map(violation -> violation.rule() + " " + violation.wirePath()).toList();
    }

    private static List<String> messages(Validated<?> read) {
        return read.violations().stream().map(Violation::message).toList();
    }

    private List<String> verdictOf(String name, String value) {
        return verdict(json().tryRead(everyKindWith(name, value), EVERY_KIND));
    }

    // ---- values read

    @Test
    void aValueOfEveryKindIsReadAndWrittenBackTheSame() {
        String text = document(everyKind());

        ImmutableEveryKindUsage usage = json().read(text, EVERY_KIND);

        assertThat(usage.streamed()).isTrue();
        assertThat(usage.modality()).isEqualTo(Modality.TEXT);
        assertThat(usage.flags()).containsExactly(true, false).inOrder();
        assertThat(usage.amounts()).containsExactly(new BigInteger("12345678901234567890"), BigInteger.ZERO).inOrder();
        assertThat(usage.rates()).containsExactly("in", 0.5, "out", 2.0).inOrder();
        assertThat(usage.segments().get(1).audioTokens().getAsLong()).isEqualTo(3);
        assertThat(json().write(usage, EVERY_KIND)).isEqualTo(text);
        assertThat(json().read(everyKindWith("streamed", "false"), EVERY_KIND).streamed()).isFalse();
    }

    @Test
    void anExplicitNullOfEveryKindIsReadAndWrittenBackAsNullAndAnAbsentPropertyStaysAbsent() {
        JsonSchema<ImmutableNullableKindsUsage, ?> schema = ImmutableNullableKindsUsage.jsonSchema();
        String nulls = "{\"cached_tokens\":null,\"billed_tokens\":null,\"seconds\":null,\"details\":null,"
                + "\"segments\":null,\"model\":null}";
        String values = "{\"cached_tokens\":1,\"billed_tokens\":2,\"seconds\":0.5,\"details\":{},"
                + "\"segments\":[{\"cached_tokens\":3}],\"model\":\"m\"}";

        ImmutableNullableKindsUsage nulled = json().read(nulls, schema);

        assertThat(nulled.cachedTokens()).isNull();
        assertThat(nulled.segments()).isNull();
        assertThat(json().write(nulled, schema)).isEqualTo(nulls);
        assertThat(json().write(json().read(values, schema), schema)).isEqualTo(values);
        assertThat(json().write(json().read("{}", schema), schema)).isEqualTo("{}");
    }

    @Test
    void aWholeNumberWrittenWithAnExponentIsReadIntoAnIntOrALongWhereItFits() {
        assertThat(json().read(everyKindWith("cached_tokens", "12.0"), EVERY_KIND).cachedTokens()).isEqualTo(12);
        assertThat(json().read(everyKindWith("prompt_tokens", "3e9"), EVERY_KIND).promptTokens())
                .isEqualTo(3_000_000_000L);
        assertThat(json().read(everyKindWith("billed_tokens", "9007199254740992"), EVERY_KIND).billedTokens())
                .isEqualTo(9007199254740992.0);
    }

    // ---- values refused: one violation each, at the property

    @Test
    void aValueOfTheWrongJsonTypeIsOneViolationAtItsPropertyAndIsSkippedWhole() {
        Map<String, String> fields = everyKind();
        fields.put("prompt_tokens", "\"5\"");
        fields.put("cached_tokens", "true");
        fields.put("billed_tokens", "\"7\"");
        fields.put("seconds", "[1,[2]]");
        fields.put("streamed", "1");
        fields.put("model", "{\"model\":\"m\"}");
        fields.put("modality", "3");
        fields.put("details", "[{\"cached_tokens\":1}]");
        fields.put("segments", "{\"cached_tokens\":[1]}");
        fields.put("tags", "{\"tags\":[\"a\"]}");
        fields.put("ids", "\"1\"");
        fields.put("rates", "[{\"in\":1}]");
        fields.put("flags", "true");
        fields.put("amounts", "1");

        Validated<ImmutableEveryKindUsage> read = json().tryRead(document(fields), EVERY_KIND);

        assertThat(messages(read)).containsExactly(
                "promptTokens is a string, not a number",
                "cachedTokens is a boolean, not a number",
                "billedTokens is a string, not a number",
                "seconds is an array, not a number",
                "streamed is a number, not a boolean",
                "model is an object, not a string",
                "modality is a number, not a string",
                "details is an array, not an object",
                "segments is an object, not an array",
                "tags is an object, not an array",
                "ids is a string, not an array",
                "rates is an array, not an object",
                "flags is a boolean, not an array",
                "amounts is a number, not an array").inOrder();
        assertThat(read.violations().stream().map(Violation::rule).distinct().toList()).containsExactly(Rule.JSON_TYPE);
        assertThat(read.violations().get(13).wirePath()).isEqualTo("/amounts");
    }

    @Test
    void aNumberItsPropertyCannotHoldIsOneViolationAtThePropertyAndNotAlsoMissing() {
        assertThat(verdictOf("prompt_tokens", "12.5")).containsExactly("WHOLE_NUMBER /prompt_tokens");
        assertThat(verdictOf("prompt_tokens", "1e400")).containsExactly("NUMBER_RANGE /prompt_tokens");
        assertThat(verdictOf("prompt_tokens", "NaN")).containsExactly("FINITE /prompt_tokens");
        assertThat(verdictOf("cached_tokens", "3000000000")).containsExactly("NUMBER_RANGE /cached_tokens");
        assertThat(verdictOf("cached_tokens", "3e9")).containsExactly("NUMBER_RANGE /cached_tokens");
        assertThat(verdictOf("billed_tokens", "9007199254740993")).containsExactly("EXACT_RANGE /billed_tokens");
        assertThat(verdictOf("billed_tokens", "9007199254740993.0")).containsExactly("EXACT_RANGE /billed_tokens");
        assertThat(verdictOf("billed_tokens", "NaN")).containsExactly("FINITE /billed_tokens");
        assertThat(verdictOf("seconds", "1e400")).containsExactly("NUMBER_RANGE /seconds");
        assertThat(verdictOf("seconds", "\"nan\"")).containsExactly("JSON_TYPE /seconds");
        assertThat(verdictOf("modality", "\"SPEECH\"")).containsExactly("JSON_TYPE /modality");
    }

    @Test
    void aNumberPastAnIntegerTypeSaysWhichTypeItDoesNotFit() {
        Violation int32 = json().tryRead(everyKindWith("cached_tokens", "1e400"), EVERY_KIND).violations().get(0);
        Violation int64 = json().tryRead(everyKindWith("prompt_tokens", "-1e400"), EVERY_KIND).violations().get(0);

        assertThat(int32.message()).startsWith("cachedTokens ");
        assertThat(int32.message()).endsWith(" does not fit a 32-bit integer");
        assertThat(int32.expected()).isEqualTo("a number that fits a 32-bit integer");
        assertThat(int64.message()).startsWith("promptTokens -");
        assertThat(int64.message()).endsWith(" does not fit a 64-bit integer");
    }

    @Test
    void aNestedObjectOrAnElementThatIsRefusedIsReportedInsideItOnly() {
        assertThat(verdictOf("details", "{\"cached_tokens\":-1}")).containsExactly("NON_NEGATIVE /details/cached_tokens");
        assertThat(verdictOf("segments", "[{\"cached_tokens\":1},{\"cached_tokens\":-1}]"))
                .containsExactly("NON_NEGATIVE /segments/1/cached_tokens");
        assertThat(verdictOf("segments", "[null,{\"cached_tokens\":1}]")).containsExactly("NOT_NULL /segments/0");
        assertThat(verdictOf("segments", "[[{\"cached_tokens\":-1}],3,{\"cached_tokens\":1}]"))
                .containsExactly("JSON_TYPE /segments/0", "JSON_TYPE /segments/1").inOrder();
        assertThat(messages(json().tryRead(everyKindWith("segments", "[3]"), EVERY_KIND)))
                .containsExactly("segments[0] is a number, not an object");
    }

    @Test
    void anElementOfAPlainCollectionThatIsRefusedIsOneViolationAtItsPlace() {
        assertThat(verdictOf("tags", "[\"a\",1]")).containsExactly("JSON_TYPE /tags/1");
        assertThat(verdictOf("flags", "[true,{\"flags\":[true]},false]")).containsExactly("JSON_TYPE /flags/1");
        assertThat(messages(json().tryRead(everyKindWith("flags", "[1]"), EVERY_KIND)))
                .containsExactly("flags[0] is a number, not a Boolean");
        assertThat(verdictOf("ids", "[2.5]")).containsExactly("WHOLE_NUMBER /ids/0");
        assertThat(verdictOf("amounts", "[1.5]")).containsExactly("WHOLE_NUMBER /amounts/0");
        assertThat(verdictOf("amounts", "[1e9999999999]")).containsExactly("NUMBER_RANGE /amounts/0");
        assertThat(verdictOf("amounts", "[null]")).containsExactly("NOT_NULL /amounts/0");
        assertThat(verdictOf("rates", "{\"in\":1e400}")).containsExactly("NUMBER_RANGE /rates/in");
        assertThat(verdictOf("rates", "{\"in\":1,\"in\":2}")).containsExactly("DUPLICATE /rates/in");
    }

    @Test
    void aNullWhereThePropertyTakesNoneIsNotNullOnceForEveryKind() {
        Map<String, String> fields = everyKind();
        fields.replaceAll((name, value) -> "null");

        Validated<ImmutableEveryKindUsage> read = json().tryRead(document(fields), EVERY_KIND);

        assertThat(read.violations().stream().map(Violation::wirePath).toList())
                .containsExactlyElementsIn(everyKind().keySet().stream().map(name -> "/" + name).toList()).inOrder();
        assertThat(read.violations().stream().map(Violation::rule).distinct().toList()).containsExactly(Rule.NOT_NULL);
    }

    @Test
    void aRefusedValueLeavesOutOnlyTheMissingItCausesAndEveryOtherViolationStays() {
        Map<String, String> fields = everyKind();
        fields.put("prompt_tokens", "\"5\"");
        fields.remove("cached_tokens");
        assertThat(verdict(json().tryRead(document(fields), EVERY_KIND)))
                .containsExactly("JSON_TYPE /prompt_tokens", "REQUIRED /cached_tokens").inOrder();

        // The parts overflow whether or not the total they derive was readable.
        Validated<GatewayUsageRecord> overflow = json().tryRead("{\"model\":\"m\",\"request_id\":null,\"retries\":0,"
                + "\"prompt_tokens\":9223372036854775807,\"completion_tokens\":1,\"total_tokens\":\"x\"}",
                GatewayUsageRecord.jsonSchema());
        assertThat(verdict(overflow)).containsExactly("JSON_TYPE /total_tokens", "OVERFLOW /total_tokens").inOrder();
    }

    @Test
    void aSchemaOfExactly64PropertiesKeepsTheStateOfEachToTheLastBit() {
        JsonSchema<ImmutableSixtyFourUsage, ?> schema = ImmutableSixtyFourUsage.jsonSchema();

        Validated<ImmutableSixtyFourUsage> rejected = json().tryRead("{\"s00\":\"x\",\"s01\":null}", schema);
        Validated<ImmutableSixtyFourUsage> twice = json().tryRead("{\"s63\":1,\"s62\":2,\"s63\":3}", schema);

        assertThat(verdict(rejected)).containsExactly("JSON_TYPE /s00", "NOT_NULL /s01", "REQUIRED /s63").inOrder();
        assertThat(verdict(twice)).containsExactly("DUPLICATE /s63");
        assertThat(verdict(json().tryRead("{\"s63\":\"x\",\"s00\":1}", schema))).containsExactly("JSON_TYPE /s63");
    }

    @Test
    void pastThe64thPropertyARefusedValueStillLeavesOutOnlyItsOwnMissing() {
        Validated<ImmutableWideUsage> read = json().tryRead("{\"t06\":\"x\",\"t05\":null,\"t64\":1,\"t65\":2,"
                + "\"t66\":3,\"t68\":\"5\",\"t69\":null}", ImmutableWideUsage.jsonSchema());

        // t69 is a long, whose null the reader refuses; t05 an OptionalLong, whose null the model's check refuses.
        assertThat(verdict(read)).containsExactly("JSON_TYPE /t06", "JSON_TYPE /t68", "NOT_NULL /t69", "NOT_NULL /t05",
                "REQUIRED /t67").inOrder();
    }

    // ---- warnings

    @Test
    void aValidDocumentKeepsItsOwnWarningsAndANestedObjectsWarningsOnce() {
        Validated<GatewayUsageRecord> root = json().tryRead("{\"model\":\"m\",\"request_id\":null,\"retries\":0,"
                + "\"prompt_tokens\":1,\"completion_tokens\":2,\"reasoning_tokens\":3}", GatewayUsageRecord.jsonSchema());
        Validated<ImmutableWarnedUsage> nested = json().tryRead(
                "{\"promptTokens\":1,\"details\":{\"audio\":1,\"text\":2,\"total\":4}}", ImmutableWarnedUsage.jsonSchema());

        assertThat(root.isValid()).isTrue();
        assertThat(verdict(root)).containsExactly("AT_MOST /reasoning_tokens");
        assertThat(nested.isValid()).isTrue();
        assertThat(verdict(nested)).containsExactly("SUM /details/total");
        assertThat(nested.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aWarningOfAListElementInsideANestedObjectIsListedOnce() {
        Validated<ImmutableBatchedUsage> read = json().tryRead("{\"promptTokens\":1,\"batch\":{\"parts\":["
                + "{\"audio\":1,\"text\":1,\"total\":2},{\"audio\":1,\"text\":2,\"total\":4}]}}",
                ImmutableBatchedUsage.jsonSchema());

        assertThat(read.isValid()).isTrue();
        assertThat(verdict(read)).containsExactly("SUM /batch/parts/1/total");
    }

    @Test
    void aNestedObjectsWarningsAreListedOnceBesideAnErrorInsideIt() {
        Validated<ImmutableWarnedUsage> read = json().tryRead(
                "{\"promptTokens\":1,\"details\":{\"audio\":1,\"text\":2,\"total\":4,\"extra\":true,\"audio\":\"x\"}}",
                ImmutableWarnedUsage.jsonSchema());

        assertThat(read.isValid()).isFalse();
        assertThat(verdict(read)).containsExactly("UNKNOWN_PROPERTY /details/extra", "DUPLICATE /details/audio",
                "SUM /details/total").inOrder();
    }

    // ---- what is skipped, whole

    @Test
    void aDuplicateIsSkippedWholeAndTheFirstValueKept() {
        String json = "{\"prompt_tokens\":1,\"completion_tokens\":0,\"total_tokens\":1,"
                + "\"prompt_tokens_details\":{\"cached_tokens\":1},"
                + "\"prompt_tokens_details\":{\"cached_tokens\":-5,\"total_tokens\":7},\"completion_tokens\":[0,{}]}";

        Validated<ImmutableOpenAiChatUsage> read = json().tryRead(json, ImmutableOpenAiChatUsage.jsonSchema());

        assertThat(verdict(read)).containsExactly("DUPLICATE /prompt_tokens_details", "DUPLICATE /completion_tokens")
                .inOrder();
        assertThat(read.isValid()).isFalse();
    }

    @Test
    void anUndeclaredFieldASchemaDoesNotKeepIsSkippedWhole() {
        Validated<ImmutableAnthropicUsage> read = json().tryRead("{\"input_tokens\":10,\"service\":{\"input_tokens\":999,"
                + "\"output_tokens\":[1,{\"a\":2}]},\"output_tokens\":5}", ImmutableAnthropicUsage.jsonSchema());

        assertThat(verdict(read)).containsExactly("UNKNOWN_PROPERTY /service");
        assertThat(read.orElseThrow().inputTokens()).isEqualTo(10);
        assertThat(read.orElseThrow().totalTokens()).isEqualTo(15);
    }

    @Test
    void anUndeclaredFieldGivenTwiceIsADuplicateTheFirstKeptAndTheFieldsAfterItKeptToo() {
        Validated<ImmutableOpenAiChatUsage> read = json().tryRead("{\"prompt_tokens\":1,\"completion_tokens\":0,"
                + "\"total_tokens\":1,\"x\":{\"a\":1},\"x\":{\"b\":[2]},\"y\":3,\"o\":{\"k\":{\"b\":1},\"k\":{\"c\":[2]}}}",
                ImmutableOpenAiChatUsage.jsonSchema());

        assertThat(verdict(read)).containsExactly("DUPLICATE /x", "DUPLICATE /o/k").inOrder();
        assertThat(read.isValid()).isFalse();
    }

    @Test
    void anUndeclaredFieldsValuesAreKeptAsTheirExactJavaValues() {
        ImmutableOpenAiChatUsage usage = json().read("{\"prompt_tokens\":1,\"completion_tokens\":0,\"total_tokens\":1,"
                + "\"n\":5,\"big\":123456789012345678901234,\"o\":{\"k\":{\"b\":1}},\"a\":[true,null,\"s\"]}",
                ImmutableOpenAiChatUsage.jsonSchema());

        assertThat(usage.extra().get("n")).isEqualTo(5L);
        assertThat(usage.extra().get("big")).isEqualTo(new BigInteger("123456789012345678901234"));
        assertThat(usage.extra().get("o")).isEqualTo(Map.of("k", Map.of("b", 1L)));
        assertThat(usage.extra().get("a")).isEqualTo(java.util.Arrays.asList(true, null, "s"));
    }

    @Test
    void anUndeclaredValueNestedPastTheLimitIsRefusedThereAndTheFieldsAfterItAreRead() {
        int levels = dev.usageschema.runtime.Copies.MAX_DEPTH + 2;
        String deep = "[".repeat(levels) + "1" + "]".repeat(levels);

        Validated<ImmutableOpenAiChatUsage> read = json().tryRead("{\"prompt_tokens\":1,\"deep\":" + deep
                + ",\"completion_tokens\":0,\"total_tokens\":1}", ImmutableOpenAiChatUsage.jsonSchema());

        assertThat(read.isValid()).isFalse();
        assertThat(read.violations()).isNotEmpty();
        for (Violation violation : read.violations()) {
            assertThat(violation.rule()).isEqualTo(Rule.UNSUPPORTED_VALUE);
            assertThat(violation.wirePath()).startsWith("/deep" + "/0".repeat(100));
        }
    }

    // ---- the document

    @Test
    void whatIsWrongWithTheDocumentItselfNamesTheSchema() {
        JsonSchema<ImmutableStreamedCompletionsResultUsage, ?> schema = ImmutableStreamedCompletionsResultUsage.jsonSchema();

        Validated<ImmutableStreamedCompletionsResultUsage> array = json().tryRead("[1]", schema);
        Validated<ImmutableStreamedCompletionsResultUsage> more = json().tryRead("{\"prompt_tokens\":5} {}", schema);

        assertThat(messages(array)).containsExactly("the document is an array, not a " + schema.name() + " object");
        assertThat(schema.name()).isEqualTo("StreamedCompletionsResultUsage");
        assertThat(messages(more)).containsExactly("unreadable JSON: more JSON after the " + schema.name() + " object");
        assertThat(more.violations().get(0).wirePath()).isEmpty();
    }
}
