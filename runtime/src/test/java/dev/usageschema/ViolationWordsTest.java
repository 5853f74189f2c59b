package dev.usageschema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Violations whose words are written when first read: the same words as a violation given them. */
class ViolationWordsTest {

    private static final Violation GIVEN = new Violation("/prompt_tokens", "promptTokens", Rule.NON_NEGATIVE,
            Severity.ERROR, -3L, ">= 0", "promptTokens -3 is negative; counts are >= 0");

    /** Words that count how often they are asked. */
    private static class CountingWords implements Violation.Words {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public String wirePath() {
            asked.incrementAndGet();
            return GIVEN.wirePath();
        }

        @Override
        public String propertyPath() {
            asked.incrementAndGet();
            return GIVEN.propertyPath();
        }

        @Override
        public String expected() {
            asked.incrementAndGet();
            return GIVEN.expected();
        }

        @Override
        public String message() {
            asked.incrementAndGet();
            return GIVEN.message();
        }
    }

    @Test
    void wordsAreWrittenOnFirstReadOnlyAndMakeTheSameViolation() {
        CountingWords words = new CountingWords();
        Violation described = Violation.described(Rule.NON_NEGATIVE, Severity.ERROR, -3L, words);

        assertThat(words.asked.get()).isEqualTo(0);
        assertThat(described.isError()).isTrue();
        assertThat(described.rule()).isEqualTo(Rule.NON_NEGATIVE);
        assertThat(words.asked.get()).isEqualTo(0);

        assertThat(described).isEqualTo(GIVEN);
        assertThat(described.hashCode()).isEqualTo(GIVEN.hashCode());
        assertThat(described.toString()).isEqualTo(GIVEN.toString());
        assertThat(described.message()).isEqualTo(GIVEN.message());
        assertThat(words.asked.get()).isEqualTo(4);
    }

    @Test
    void aMovedViolationWritesItsPathsFromTheInnerOnes() {
        Violation moved = GIVEN.under("/usage", "usage");

        assertThat(moved.wirePath()).isEqualTo("/usage/prompt_tokens");
        assertThat(moved.propertyPath()).isEqualTo("usage.promptTokens");
        assertThat(moved.message()).isEqualTo(GIVEN.message());
        assertThat(moved).isEqualTo(new Violation("/usage/prompt_tokens", "usage.promptTokens", Rule.NON_NEGATIVE,
                Severity.ERROR, -3L, ">= 0", GIVEN.message()));
    }

    @Test
    void aDescribedViolationIsSerializedWithItsWordsWrittenOut() throws Exception {
        Violation described = Violation.described(Rule.NON_NEGATIVE, Severity.ERROR, -3L, new CountingWords());

        Violation back = SerialStreams.roundTrip(described);

        assertThat(back).isEqualTo(GIVEN);
        assertThat(back.toString()).isEqualTo(GIVEN.toString());
    }

    @Test
    void wordsThatSayNothingAreRefusedWhenRead() {
        Violation silent = Violation.described(Rule.SUM, Severity.WARNING, 1L, new CountingWords() {
            @Override
            public String message() {
                return null;
            }
        });

        NullPointerException thrown = assertThrows(NullPointerException.class, silent::message);
        assertThat(thrown).hasMessageThat().isEqualTo("message");
    }

    @Test
    void aViolationIsOffOrWithoutWordsNever() {
        assertThrows(IllegalArgumentException.class,
                () -> Violation.described(Rule.SUM, Severity.OFF, null, new CountingWords()));
        assertThrows(NullPointerException.class, () -> Violation.described(Rule.SUM, Severity.ERROR, null, null));
    }

    /** Written in place of a {@link Violation} with its serialVersionUID, as a forged stream would. */
    private static final class LookAlike implements Serializable {
        private static final long serialVersionUID = 2L;
    }

    @Test
    void aStreamOfTheClassItselfRatherThanItsSerialFormIsRejected() throws Exception {
        byte[] forged = SerialStreams.renameClass(SerialStreams.write(new LookAlike(), object -> object),
                LookAlike.class.getName(), Violation.class.getName());

        InvalidObjectException thrown = assertThrows(InvalidObjectException.class, () -> SerialStreams.read(forged));
        assertThat(thrown).hasMessageThat().contains("serial form");
    }
}
