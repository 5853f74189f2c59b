package dev.usageschema;

import static com.google.common.truth.Truth.assertThat;
import static dev.usageschema.SerialStreams.alteredRoundTrip;
import static dev.usageschema.SerialStreams.roundTrip;
import static dev.usageschema.SerialStreams.swap;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SerializationTest {

    private static final Violation NEGATIVE = new Violation("/prompt_tokens", "promptTokens", Rule.NON_NEGATIVE,
            Severity.ERROR, -1L, ">= 0", "promptTokens -1 is negative; counts are >= 0");
    private static final Violation NOT_WHOLE = new Violation("/completion_tokens", "completionTokens",
            Rule.WHOLE_NUMBER, Severity.ERROR, 2.5, "a whole number", "completionTokens 2.5 is not a whole number");
    private static final Violation WARNING = new Violation("/prompt_tokens_details/cached_tokens",
            "promptTokensDetails.cachedTokens", Rule.AT_MOST, Severity.WARNING, 10, "<= 9",
            "cachedTokens 10 > promptTokens 9");
    private static final Violation NAMED = new Violation("/extra", "extra", Rule.ADDITIONAL_PROPERTY,
            Severity.ERROR, "total_tokens", "a name no declared property uses", "extra holds 'total_tokens'");
    private static final Violation ABSENT = new Violation("/total_tokens", "totalTokens", Rule.REQUIRED,
            Severity.ERROR, null, "a value", "totalTokens is required but was not set");

    /** An {@code actual} that cannot be serialized. */
    private static final class Opaque {
        @Override
        public String toString() {
            return "opaque 7";
        }
    }

    // --- Violation

    @Test
    void violationsWithEveryKindOfActualComeBackEqual() throws Exception {
        for (Violation violation : List.of(NEGATIVE, NOT_WHOLE, WARNING, NAMED, ABSENT,
                NEGATIVE.under("/usage", "usage"),
                withActual(NEGATIVE, new BigDecimal("-1.50")), withActual(NEGATIVE, (short) -1))) {
            Violation back = roundTrip(violation);

            assertThat(back).isEqualTo(violation);
            assertThat(back.toString()).isEqualTo(violation.toString());
        }
        assertThat(roundTrip(NEGATIVE).actual()).isInstanceOf(Long.class);
        assertThat(roundTrip(NOT_WHOLE).actual()).isInstanceOf(Double.class);
        assertThat(roundTrip(WARNING).actual()).isInstanceOf(Integer.class);
    }

    @Test
    void anActualThatIsNotSerializableIsWrittenAsItsText() throws Exception {
        Violation violation = withActual(NEGATIVE, new Opaque());

        Violation back = roundTrip(violation);

        assertThat(back.actual()).isEqualTo("opaque 7");
        assertThat(back).isEqualTo(withActual(NEGATIVE, "opaque 7"));
    }

    @Test
    void anActualThatIsSerializableButNotAPlainValueIsWrittenAsItsTextToo() throws Exception {
        Violation violation = withActual(NEGATIVE, new ArrayList<>(List.of(1, 2)));

        assertThat(roundTrip(violation).actual()).isEqualTo("[1, 2]");
    }

    @Test
    void aStreamWhoseViolationIsOffIsRejectedByTheConstructorsChecks() {
        InvalidObjectException thrown = assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(WARNING, swap(Severity.WARNING, Severity.OFF)));
        assertThat(thrown).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown).hasCauseThat().hasMessageThat().contains("not OFF");
    }

    @Test
    void aStreamWhoseViolationLacksAMessageIsRejected() {
        InvalidObjectException rejected = assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(NEGATIVE, swap(NEGATIVE.message(), null)));
        assertThat(rejected).hasCauseThat().hasMessageThat().isEqualTo("message");
    }

    @Test
    void aStreamWhoseActualIsNotAPlainValueIsRejected() {
        Violation marked = withActual(NEGATIVE, "marker");

        InvalidObjectException thrown = assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(marked, swap("marker", new ArrayList<>(List.of(1)))));
        assertThat(thrown).hasMessageThat().contains("java.util.ArrayList");
    }

    // --- UsageViolationException

    @Test
    void theExceptionComesBackWithEveryViolationInAnUnmodifiableList() throws Exception {
        UsageViolationException thrown = new UsageViolationException("ChatUsage",
                new ArrayList<>(List.of(NEGATIVE, WARNING, withActual(ABSENT, new Opaque()))));

        UsageViolationException back = roundTrip(thrown);

        assertThat(back.schema()).isEqualTo("ChatUsage");
        assertThat(back.violations()).containsExactly(NEGATIVE, WARNING, withActual(ABSENT, "opaque 7")).inOrder();
        assertThat(back).hasMessageThat().isEqualTo(thrown.getMessage());
        assertThat(Arrays.asList(back.getStackTrace())).isEqualTo(Arrays.asList(thrown.getStackTrace()));
        assertThrows(UnsupportedOperationException.class, () -> back.violations().add(NAMED));
        assertThrows(UnsupportedOperationException.class, () -> back.violations().set(0, NAMED));
    }

    @Test
    void anExceptionWithoutViolationsComesBackWithAnEmptyList() throws Exception {
        UsageViolationException back = roundTrip(new UsageViolationException("ChatUsage", List.of()));

        assertThat(back.violations()).isEmpty();
        assertThrows(UnsupportedOperationException.class, () -> back.violations().add(NAMED));
    }

    @Test
    void aStreamWhoseExceptionLacksItsViolationsIsRejected() {
        UsageViolationException thrown = new UsageViolationException("ChatUsage", List.of(NEGATIVE, WARNING));

        InvalidObjectException rejected = assertThrows(InvalidObjectException.class, () -> alteredRoundTrip(thrown,
                object -> object instanceof Violation[] ? null : object));
        assertThat(rejected).hasMessageThat().contains("array of violations");
    }

    @Test
    void aStreamWhoseExceptionHoldsANullViolationIsRejected() {
        UsageViolationException thrown = new UsageViolationException("ChatUsage", List.of(NEGATIVE, WARNING));

        InvalidObjectException rejected = assertThrows(InvalidObjectException.class, () -> alteredRoundTrip(thrown,
                object -> object instanceof Violation[] ? new Violation[] {NEGATIVE, null} : object));
        assertThat(rejected).hasMessageThat().contains("no null violation");
    }

    @Test
    void aStreamWhoseExceptionLacksItsSchemaIsRejected() {
        UsageViolationException thrown = new UsageViolationException("SomeUsage", List.of(NEGATIVE));

        InvalidObjectException rejected = assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(thrown, swap("SomeUsage", null)));
        assertThat(rejected).hasMessageThat().contains("names its schema");
    }

    @Test
    void anExceptionNamesItsSchema() {
        assertThrows(NullPointerException.class, () -> new UsageViolationException(null, List.of(NEGATIVE)));
    }

    // --- Validated

    @Test
    void aValidResultComesBackWithItsValueAndWarnings() throws Exception {
        Validated<String> valid = Validated.valid("ChatUsage", "the model", List.of(WARNING));

        Validated<String> back = roundTrip(valid);

        assertThat(back.isValid()).isTrue();
        assertThat(back.value()).hasValue("the model");
        assertThat(back.violations()).containsExactly(WARNING);
        assertThat(back.warnings()).containsExactly(WARNING);
        assertThat(back.toString()).isEqualTo(valid.toString());
        assertThrows(UnsupportedOperationException.class, () -> back.violations().add(WARNING));
    }

    @Test
    void anInvalidResultComesBackWithoutAValueAndWithEveryViolation() throws Exception {
        Validated<String> invalid = Validated.invalid("ChatUsage", List.of(NEGATIVE, WARNING, ABSENT));

        Validated<String> back = roundTrip(invalid);

        assertThat(back.isValid()).isFalse();
        assertThat(back.value()).isEmpty();
        assertThat(back.errors()).containsExactly(NEGATIVE, ABSENT).inOrder();
        assertThat(back.warnings()).containsExactly(WARNING);
        UsageViolationException thrown = assertThrows(UsageViolationException.class, back::orElseThrow);
        assertThat(thrown.schema()).isEqualTo("ChatUsage");
        assertThat(thrown.violations()).containsExactly(NEGATIVE, WARNING, ABSENT).inOrder();
    }

    @Test
    void aResultWhoseValueIsNotSerializableIsNotSerializable() {
        Validated<Opaque> valid = Validated.valid("ChatUsage", new Opaque(), List.of());

        assertThrows(NotSerializableException.class, () -> roundTrip(valid));
    }

    @Test
    void aStreamWithAValueAndAnErrorIsRejected() {
        Validated<String> valid = Validated.valid("ChatUsage", "the model", List.of(WARNING));

        InvalidObjectException thrown = assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(valid, swap(Severity.WARNING, Severity.ERROR)));
        assertThat(thrown).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown).hasMessageThat().contains("a valid value has no error");
    }

    @Test
    void aStreamWithoutAValueAndWithoutAnErrorIsRejected() {
        Validated<String> valid = Validated.valid("ChatUsage", "the model", List.of(WARNING));

        InvalidObjectException thrown = assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(valid, swap("the model", null)));
        assertThat(thrown).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown).hasMessageThat().contains("an invalid value has an error");
    }

    @Test
    void aStreamWithoutViolationsOrSchemaIsRejected() {
        Validated<String> invalid = Validated.invalid("SomeUsage", List.of(NEGATIVE));

        assertThat(assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(invalid, object -> object instanceof Violation[] ? null : object)))
                .hasMessageThat().contains("list of violations");
        assertThat(assertThrows(InvalidObjectException.class,
                () -> alteredRoundTrip(invalid, swap("SomeUsage", null))))
                .hasMessageThat().isEqualTo("schema");
        assertThat(assertThrows(InvalidObjectException.class, () -> alteredRoundTrip(invalid,
                object -> object instanceof Violation[] ? new Violation[] {NEGATIVE, null} : object)))
                .hasCauseThat().isInstanceOf(NullPointerException.class);
    }

    @Test
    void aStreamOfAValidatedThatBypassesItsSerialFormIsRejected() throws Exception {
        byte[] stream = SerialStreams.write(new LookAlike(), object -> object);
        byte[] forged = SerialStreams.renameClass(stream, LookAlike.class.getName(), Validated.class.getName());

        InvalidObjectException thrown = assertThrows(InvalidObjectException.class, () -> SerialStreams.read(forged));
        assertThat(thrown).hasMessageThat().contains("serial form");
    }

    /** Written in place of a {@link Validated} of no value and no violations, with its serialVersionUID. */
    private static final class LookAlike implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    // --- the factories keep the same rules as the serial form

    @Test
    void theFactoriesRefuseAResultThatContradictsItsViolations() {
        assertThrows(IllegalArgumentException.class, () -> Validated.valid("S", "value", List.of(NEGATIVE)));
        assertThrows(IllegalArgumentException.class, () -> Validated.invalid("S", List.of(WARNING)));
        assertThrows(IllegalArgumentException.class, () -> Validated.invalid("S", List.of()));
        assertThrows(NullPointerException.class, () -> Validated.valid("S", null, List.of()));
        assertThrows(NullPointerException.class, () -> Validated.invalid(null, List.of(NEGATIVE)));
    }

    private static Violation withActual(Violation violation, Object actual) {
        return new Violation(violation.wirePath(), violation.propertyPath(), violation.rule(), violation.severity(),
                actual, violation.expected(), violation.message());
    }
}
