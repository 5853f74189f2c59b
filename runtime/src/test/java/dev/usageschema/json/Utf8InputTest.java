package dev.usageschema.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 check on the bytes before a parser, on its own: each edge of RFC 3629's table of
 * well-formed sequences, what the first sequence that is not UTF-8 is said to be and where, and
 * that exactly its bytes reach the parser as {@code 0xFF}, whatever the stream's chunks.
 */
class Utf8InputTest {

    /** Sequences at each edge of the table, UTF-8. */
    private static final List<int[]> WELL_FORMED = List.of(
            new int[] {0x00}, new int[] {0x7F}, new int[] {0xC2, 0x80}, new int[] {0xDF, 0xBF}, new int[] {0xE0, 0xA0, 0x80},
            new int[] {0xE1, 0x80, 0x80}, new int[] {0xEC, 0xBF, 0xBF}, new int[] {0xED, 0x80, 0x80},
            new int[] {0xED, 0x9F, 0xBF}, new int[] {0xEF, 0xBF, 0xBF}, new int[] {0xF0, 0x90, 0x80, 0x80},
            new int[] {0xF1, 0x80, 0x80, 0x80}, new int[] {0xF3, 0xBF, 0xBF, 0xBF}, new int[] {0xF4, 0x80, 0x80, 0x80},
            new int[] {0xF4, 0x8F, 0xBF, 0xBF});

    /** One step past each edge, not UTF-8. */
    private static final List<int[]> ILL_FORMED = List.of(
            new int[] {0x80}, new int[] {0xBF}, new int[] {0xC0, 0x80}, new int[] {0xC1, 0xBF}, new int[] {0xC2, 0x7F},
            new int[] {0xC2, 0xC0}, new int[] {0xE0, 0x9F, 0xBF}, new int[] {0xE1, 0x7F, 0x80},
            new int[] {0xE1, 0x80, 0xC0}, new int[] {0xED, 0xA0, 0x80}, new int[] {0xEF, 0xC0, 0x80},
            new int[] {0xF0, 0x8F, 0xBF, 0xBF}, new int[] {0xF1, 0x80, 0x80, 0x7F}, new int[] {0xF1, 0x80, 0x80, 0xC0},
            new int[] {0xF4, 0x90, 0x80, 0x80}, new int[] {0xF5, 0x80, 0x80, 0x80}, new int[] {0xF8},
            new int[] {0xFF});

    @Test
    void everyEdgeOfTheTableIsJudgedAlikeInAnArrayAndInAStream() throws IOException {
        for (int[] sequence : WELL_FORMED) {
            byte[] document = around(sequence);
            assertWithMessage(hex(sequence)).that(Utf8Input.ifInvalid(document, 0, document.length)).isNull();
            Utf8Input checked = Utf8Input.checking(new ByteArrayInputStream(document));
            assertWithMessage(hex(sequence)).that(checked.readAllBytes()).isEqualTo(document);
            assertWithMessage(hex(sequence)).that(checked.firstInvalid()).isNull();
            assertWithMessage(hex(sequence)).that(checked.firstInvalidOffset()).isEqualTo(-1);
        }
        for (int[] sequence : ILL_FORMED) {
            byte[] document = around(sequence);
            Utf8Input fromArray = Utf8Input.ifInvalid(document, 0, document.length);
            assertWithMessage(hex(sequence)).that(fromArray).isNotNull();
            fromArray.readAllBytes();
            assertWithMessage(hex(sequence)).that(fromArray.firstInvalidOffset()).isEqualTo(10);
            assertWithMessage(hex(sequence)).that(fromArray.firstInvalid()).startsWith("invalid UTF-8 at byte offset 10: ");
        }
    }

    @Test
    void whatTheFirstSequenceThatIsNotUtf8IsAndWhereItStands() throws IOException {
        assertThat(firstInvalid(0x41, 0x80)).isEqualTo("invalid UTF-8 at byte offset 1: 80, a continuation byte with no"
                + " lead byte before it");
        assertThat(firstInvalid(0xBF)).isEqualTo("invalid UTF-8 at byte offset 0: BF, a continuation byte with no"
                + " lead byte before it");
        assertThat(firstInvalid(0xF8, 0x80)).isEqualTo("invalid UTF-8 at byte offset 0: F8, a byte that UTF-8 never holds");
        assertThat(firstInvalid(0xFF)).isEqualTo("invalid UTF-8 at byte offset 0: FF, a byte that UTF-8 never holds");
        assertThat(firstInvalid(0xC1, 0x81)).isEqualTo("invalid UTF-8 at byte offset 0: C1 81, an overlong encoding of"
                + " U+0041");
        assertThat(firstInvalid(0xE0, 0x9F, 0xBF)).isEqualTo("invalid UTF-8 at byte offset 0: E0 9F BF, an overlong"
                + " encoding of U+07FF");
        assertThat(firstInvalid(0xF0, 0x8F, 0xBF, 0xBF)).isEqualTo("invalid UTF-8 at byte offset 0: F0 8F BF BF, an"
                + " overlong encoding of U+FFFF");
        assertThat(firstInvalid(0xED, 0xBF, 0xBF)).isEqualTo("invalid UTF-8 at byte offset 0: ED BF BF, the encoding of"
                + " the surrogate U+DFFF, which is not a character");
        assertThat(firstInvalid(0xF7, 0xBF, 0xBF, 0xBF)).isEqualTo("invalid UTF-8 at byte offset 0: F7 BF BF BF,"
                + " U+1FFFFF, past U+10FFFF");
        assertThat(firstInvalid(0x41, 0xE2, 0x82, 0x41, 0x42, 0x43)).isEqualTo("invalid UTF-8 at byte offset 1: E2 82"
                + " then 41, a sequence cut short");
        assertThat(firstInvalid(0xC0, 0x80)).isEqualTo("invalid UTF-8 at byte offset 0: C0 80, an overlong encoding of"
                + " U+0000");
        // A continuation byte after a whole sequence is not part of it.
        assertThat(firstInvalid(0xE0, 0x9F, 0xBF, 0xBF)).isEqualTo("invalid UTF-8 at byte offset 0: E0 9F BF, an"
                + " overlong encoding of U+07FF");
        assertThat(firstInvalid(0xC2)).isEqualTo("invalid UTF-8 at byte offset 0: C2 at the end of the input, a"
                + " sequence cut short");
        assertThat(firstInvalid(0x41, 0xF0, 0x9F, 0x98)).isEqualTo("invalid UTF-8 at byte offset 1: F0 9F 98 at the end"
                + " of the input, a sequence cut short");
    }

    @Test
    void whatTheBytesAreIsReadNoFurtherThanTheirEnd() {
        assertThat(Utf8Input.describe(bytes(0x41, 0xF0, 0x9F, 0x98), 1, 4)).isEqualTo("F0 9F 98 at the end of the input,"
                + " a sequence cut short");
        assertThat(Utf8Input.describe(bytes(0xE2, 0x82), 0, 2)).isEqualTo("E2 82 at the end of the input, a sequence cut"
                + " short");
        assertThat(Utf8Input.describe(bytes(0x41, 0xE2, 0x41), 1, 3)).isEqualTo("E2 then 41, a sequence cut short");
        assertThat(Utf8Input.describe(bytes(0xF4, 0x90, 0x80, 0x80), 0, 4)).isEqualTo("F4 90 80 80, U+110000, past"
                + " U+10FFFF");
    }

    @Test
    void aSequenceCutShortAtTheEndOfALongInputIsReplacedWithinTheBuffer() throws IOException {
        byte[] document = new byte[5003];
        Arrays.fill(document, (byte) 'a');
        document[5000] = (byte) 0xF0;
        document[5001] = (byte) 0x9F;
        document[5002] = (byte) 0x98;
        Utf8Input checked = Utf8Input.checking(new ByteArrayInputStream(document));

        byte[] read = read(checked);

        assertThat(checked.firstInvalid()).isEqualTo("invalid UTF-8 at byte offset 5000: F0 9F 98 at the end of the input,"
                + " a sequence cut short");
        assertThat(Arrays.copyOfRange(read, 4999, 5003)).isEqualTo(bytes('a', 0xFF, 0xFF, 0xFF));
        assertThat(read).hasLength(5003);
    }

    @Test
    void exactlyTheBytesThatAreNotUtf8ReachTheParserAsFfAndWhatFollowsPassesUnchecked() throws IOException {
        // E2 82 is where the sequence breaks off: the 41 after it is a character again.
        assertThat(readChecked(new ByteArrayInputStream(bytes(0x41, 0xE2, 0x82, 0x41, 0x42))))
                .isEqualTo(bytes(0x41, 0xFF, 0xFF, 0x41, 0x42));
        // Cut short by the end of the input: every byte of it.
        assertThat(readChecked(new ByteArrayInputStream(bytes(0x41, 0xF0, 0x9F, 0x98)))).isEqualTo(bytes(0x41, 0xFF, 0xFF, 0xFF));
        // The first sequence only: the parser stops there.
        assertThat(readChecked(new ByteArrayInputStream(bytes(0x80, 0x80, 0xC0)))).isEqualTo(bytes(0xFF, 0x80, 0xC0));
        assertThat(readChecked(new ByteArrayInputStream(bytes(0xF4, 0x90, 0x80, 0x80, 0x41)))).isEqualTo(bytes(0xFF, 0x90, 0x80,
                0x80, 0x41));
    }

    @Test
    void aSequenceThatTheStreamGivesByteByByteIsJudgedWhole() throws IOException {
        Utf8Input valid = Utf8Input.checking(new ByteAtATime(bytes(0x41, 0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x82, 0xAC)));
        assertThat(read(valid)).isEqualTo(bytes(0x41, 0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x82, 0xAC));
        assertThat(valid.firstInvalid()).isNull();

        // All four bytes are waited for before the sequence is said to be past U+10FFFF.
        Utf8Input pastMax = Utf8Input.checking(new ByteAtATime(bytes(0x41, 0xF4, 0x90, 0x80, 0x80, 0x41)));
        assertThat(read(pastMax)).isEqualTo(bytes(0x41, 0xFF, 0x90, 0x80, 0x80, 0x41));
        assertThat(pastMax.firstInvalid()).isEqualTo("invalid UTF-8 at byte offset 1: F4 90 80 80, U+110000, past U+10FFFF");
    }

    @Test
    void aSequenceThatAChunkCutsShortIsJudgedWhenTheNextChunkHasComeAndTheInputHasNotEnded() throws IOException {
        Utf8Input pastMax = Utf8Input.checking(new Chunks(3, bytes(0x41, 0xF4, 0x90, 0x80, 0x80, 0x41)));
        assertThat(read(pastMax)).isEqualTo(bytes(0x41, 0xFF, 0x90, 0x80, 0x80, 0x41));
        assertThat(pastMax.firstInvalid()).isEqualTo("invalid UTF-8 at byte offset 1: F4 90 80 80, U+110000, past U+10FFFF");

        Utf8Input valid = Utf8Input.checking(new Chunks(3, bytes(0x41, 0x42, 0xF0, 0x9F, 0x98, 0x80)));
        assertThat(read(valid)).isEqualTo(bytes(0x41, 0x42, 0xF0, 0x9F, 0x98, 0x80));
        assertThat(valid.firstInvalid()).isNull();
    }

    @Test
    void theOffsetCountsTheBytesOfEveryBufferBefore() throws IOException {
        byte[] document = new byte[20_000];
        Arrays.fill(document, (byte) 'a');
        document[8191] = (byte) 0xE2;
        document[8192] = (byte) 0x82;
        document[8193] = (byte) 0xAC;
        document[19_999] = (byte) 0x80;
        Utf8Input checked = Utf8Input.checking(new ByteArrayInputStream(document));

        byte[] read = read(checked);

        assertThat(checked.firstInvalidOffset()).isEqualTo(19_999);
        assertThat(checked.firstInvalid()).isEqualTo("invalid UTF-8 at byte offset 19999: 80, a continuation byte with no"
                + " lead byte before it");
        byte[] expected = document.clone();
        expected[19_999] = (byte) 0xFF;
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void anArrayIsCheckedOnlyWithinItsRangeEightAsciiBytesAtATimeOrOneByOne() {
        byte[] tail = bytes(0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x80);
        assertThat(Utf8Input.ifInvalid(tail, 0, 9)).isNull();
        assertThat(Utf8Input.ifInvalid(tail, 0, 10)).isNotNull();
        assertThat(Utf8Input.firstInvalid(tail, 0, 10)).isEqualTo(9);
        assertThat(Utf8Input.firstInvalid(tail, 2, 10)).isEqualTo(9);
        byte[] head = bytes(0x80, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41);
        assertThat(Utf8Input.ifInvalid(head, 1, 9)).isNull();
        assertThat(Utf8Input.firstInvalid(head, 0, 10)).isEqualTo(0);
        assertThat(Utf8Input.ifInvalid(head, 0, 10)).isNotNull();
        // Shorter than one word, and a word's last byte.
        assertThat(Utf8Input.ifInvalid(bytes(0x41, 0x42, 0x43), 0, 3)).isNull();
        assertThat(Utf8Input.ifInvalid(bytes(0x41, 0x00, 0x43), 0, 3)).isNull();
        assertThat(Utf8Input.firstInvalid(bytes(0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xC0), 0, 8)).isEqualTo(7);
        assertThat(Utf8Input.firstInvalid(bytes(0x41, 0x42, 0xE2, 0x82, 0xAC, 0x46, 0xC0), 0, 7)).isEqualTo(6);
        // A sequence that the range cuts short is not UTF-8.
        assertThat(Utf8Input.firstInvalid(bytes(0x41, 0xE2, 0x82, 0xAC), 0, 3)).isEqualTo(1);
        Utf8Input cut = Utf8Input.ifInvalid(bytes(0x41, 0xE2, 0x82, 0xAC), 0, 3);
        assertThat(cut).isNotNull();

        assertThrows(IndexOutOfBoundsException.class, () -> Utf8Input.ifInvalid(tail, 5, 6));
    }

    @Test
    void aStreamReadsLikeAnyOther() throws IOException {
        Utf8Input checked = Utf8Input.checking(new ByteArrayInputStream(bytes(0xC3, 0xA9, 0x41)));
        assertThat(checked.read()).isEqualTo(0xC3);
        byte[] into = {1, 2, 3, 4};
        assertThat(checked.read(into, 1, 0)).isEqualTo(0);
        assertThat(checked.read(into, 2, 2)).isEqualTo(2);
        assertThat(into).isEqualTo(bytes(1, 2, 0xA9, 0x41));
        assertThat(checked.read()).isEqualTo(-1);
        assertThat(checked.read(into, 0, 4)).isEqualTo(-1);
        assertThrows(IndexOutOfBoundsException.class, () -> checked.read(into, 3, 2));

        assertThat(Utf8Input.checking(checked)).isSameInstanceAs(checked);
        NullPointerException none = assertThrows(NullPointerException.class, () -> Utf8Input.checking(null));
        assertThat(none).hasMessageThat().isEqualTo("in");
    }

    @Test
    void closingClosesTheStreamBelowAndAStreamThatGivesNothingWithoutEndingFails() throws IOException {
        boolean[] closed = {false};
        InputStream below = new ByteArrayInputStream(bytes(0x41)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Utf8Input.checking(below).close();
        assertThat(closed[0]).isTrue();

        InputStream stuck = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] into, int at, int length) {
                return 0;
            }

            @Override
            public String toString() {
                return "stuck";
            }
        };
        IOException spinning = assertThrows(IOException.class, () -> Utf8Input.checking(stuck).read());
        assertThat(spinning).hasMessageThat().isEqualTo("the stream gave no bytes and did not end: stuck");
    }

    /** The bytes, after ten ASCII ones and before five more, so that the eight-byte steps pass over them. */
    private static byte[] around(int[] sequence) {
        byte[] document = new byte[10 + sequence.length + 5];
        Arrays.fill(document, (byte) 'x');
        for (int index = 0; index < sequence.length; index++) {
            document[10 + index] = (byte) sequence[index];
        }
        return document;
    }

    private static String firstInvalid(int... bytes) throws IOException {
        Utf8Input checked = Utf8Input.checking(new ByteArrayInputStream(bytes(bytes)));
        checked.readAllBytes();
        return checked.firstInvalid();
    }

    private static byte[] readChecked(InputStream in) throws IOException {
        return read(Utf8Input.checking(in));
    }

    private static byte[] read(Utf8Input in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[3];
        for (int count = in.read(chunk, 0, 3); count >= 0; count = in.read(chunk, 0, 3)) {
            out.write(chunk, 0, count);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int index = 0; index < values.length; index++) {
            bytes[index] = (byte) values[index];
        }
        return bytes;
    }

    private static String hex(int[] sequence) {
        StringBuilder text = new StringBuilder();
        for (int value : sequence) {
            text.append(String.format("%02X ", value));
        }
        return text.toString().trim();
    }

    /** A stream that gives at most {@code size} bytes per read. */
    private static final class Chunks extends InputStream {
        private final int size;
        private final byte[] bytes;
        private int at;

        Chunks(int size, byte[] bytes) {
            this.size = size;
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (at == bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, size), bytes.length - at);
            System.arraycopy(bytes, at, into, offset, count);
            at += count;
            return count;
        }
    }

    /** A stream that gives one byte per read, as a socket may. */
    private static final class ByteAtATime extends InputStream {
        private final byte[] bytes;
        private int at;

        ByteAtATime(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int next = read();
            if (next < 0) {
                return -1;
            }
            into[offset] = (byte) next;
            return 1;
        }
    }
}
