package dev.usageschema.examples.soundness;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.usageschema.examples.soundness.SerialStreams.read;
import static dev.usageschema.examples.soundness.SerialStreams.swap;
import static dev.usageschema.examples.soundness.SerialStreams.write;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.usageschema.examples.providers.ServiceTier;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Models of serializable schemas survive Java serialization, and a stream can make only what the
 * builder makes: every value read passes through the builder with its type checked, element by
 * element, and every check runs again.
 */
class SerializationTest {

    /** A prompt count whose eight bytes occur nowhere else in the stream, so a test can find and change them. */
    private static final long MARKED_PROMPT = 0x0102_0304_0506_0708L;

    private static ImmutableTransportedUsage usage(long prompt) {
        return ImmutableTransportedUsage.builder()
                .promptTokens(prompt).completionTokens(5).totalTokens(prompt + 5)
                .details(ImmutableTransportedDetails.builder().cachedTokens(3).build())
                .putExtra("tier", List.of("flex", 2))
                .build();
    }

    private static ImmutableTransportedDetails details(long cached) {
        return ImmutableTransportedDetails.builder().cachedTokens(cached).build();
    }

    /** Every property given, with a derived total and an explicit null. */
    static ImmutableArchivedUsage archived() {
        return ImmutableArchivedUsage.builder()
                .promptTokens(100).completionTokens(20)
                .cachedTokens((java.util.OptionalLong) null)
                .reasoningTokens(7).latencySeconds(0.25).streamed(true).model("gpt-x").tier(ServiceTier.FLEX)
                .tags(List.of("batch", "flex")).regions(Set.of("eu")).perRegion(Map.of("eu", List.of(60L, 40L)))
                .details(details(30)).perCall(List.of(details(10), details(20)))
                .putExtra("trace", Map.of("id", "t-1", "hops", List.of(1, 2.5, true)))
                .build();
    }

    @Test
    void aModelSurvivesARoundTrip() throws Exception {
        ImmutableTransportedUsage original = usage(7);

        Object read = read(write(original));

        assertThat(read).isEqualTo(original);
        assertThat(((ImmutableTransportedUsage) read).extra()).isEqualTo(Map.of("tier", List.of("flex", 2)));
    }

    @Test
    void everyKindOfValueSurvivesARoundTripAsTheBuilderWouldMakeIt() throws Exception {
        ImmutableArchivedUsage original = archived();

        ImmutableArchivedUsage read = (ImmutableArchivedUsage) read(write(original));

        assertThat(read).isEqualTo(original);
        assertThat(read.hashCode()).isEqualTo(original.hashCode());
        assertThat(read.toString()).isEqualTo(original.toString());
        assertThat(read.cachedTokens()).isNull();
        assertThat(read.totalTokens().getAsLong()).isEqualTo(120);
        ImmutableArchivedUsage sparse = ImmutableArchivedUsage.builder().promptTokens(1).completionTokens(0)
                .reasoningTokens(null).streamed(false).model(null).tags(List.of()).build();
        assertThat(read(write(sparse))).isEqualTo(sparse);
    }

    @Test
    void aTamperedStreamCannotMakeAnInvalidModel() throws Exception {
        byte[] bytes = write(usage(MARKED_PROMPT));
        byte[] marker = ByteBuffer.allocate(Long.BYTES).putLong(MARKED_PROMPT).array();
        int at = indexOf(bytes, marker);
        assertThat(at).isAtLeast(0);
        bytes[at + Long.BYTES - 1] ^= 1;

        InvalidObjectException rejected = assertThrows(InvalidObjectException.class, () -> read(bytes));
        assertThat(rejected).hasMessageThat().contains("!= totalTokens");
    }

    @Test
    void anIntegerInAListOfStringsIsRefusedAtItsIndex() {
        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> read(write(archived(), swap("flex", 7))));

        assertThat(refused).hasMessageThat().isEqualTo("the stream holds ArchivedUsage.tags[1] as a"
                + " java.lang.Integer, which is not a java.lang.String");
    }

    @Test
    void aWrongElementOfASetOrKeyOfAMapIsRefused() {
        InvalidObjectException set = assertThrows(InvalidObjectException.class,
                () -> read(write(archived().toBuilder().tags(List.of()).build(), swap("eu", 7))));
        InvalidObjectException key = assertThrows(InvalidObjectException.class,
                () -> read(write(archived().toBuilder().tags(List.of()).regions(Set.of()).build(), swap("eu", 7))));

        assertThat(set).hasMessageThat().isEqualTo("the stream holds ArchivedUsage.regions[0] as a"
                + " java.lang.Integer, which is not a java.lang.String");
        assertThat(key).hasMessageThat().isEqualTo("the stream holds a key of ArchivedUsage.perRegion as a"
                + " java.lang.Integer, which is not a java.lang.String");
    }

    @Test
    void aStringInPlaceOfAnEnumConstantOrANestedModelIsRefused() {
        String form = ImmutableTransportedDetails.class.getName() + "$SerializedForm";
        ImmutableArchivedUsage withoutDetails = archived().toBuilder().details(Optional.empty()).build();

        InvalidObjectException tier = assertThrows(InvalidObjectException.class,
                () -> read(write(archived(), swap(ServiceTier.FLEX, "FLEX"))));
        InvalidObjectException nested = assertThrows(InvalidObjectException.class,
                () -> read(write(withoutDetails, object -> object.getClass().getName().equals(form) ? "x" : object)));

        assertThat(tier).hasMessageThat().isEqualTo("the stream holds ArchivedUsage.tier as a java.lang.String,"
                + " which is not a " + ServiceTier.class.getName());
        assertThat(nested).hasMessageThat().isEqualTo("the stream holds ArchivedUsage.perCall[0] as a"
                + " java.lang.String, which is not a " + TransportedDetails.class.getName());
    }

    @Test
    void anInvalidNestedModelIsRefusedWhereItSits() {
        byte[] bytes = write(archived().toBuilder().promptTokens(MARKED_PROMPT).details(details(MARKED_PROMPT)).build());
        byte[] marker = ByteBuffer.allocate(Long.BYTES).putLong(MARKED_PROMPT).array();
        int at = indexOf(bytes, marker);
        // The first marker is the prompt count, the next the nested cached count: make that one negative.
        int nestedAt = indexOf(Arrays.copyOfRange(bytes, at + 1, bytes.length), marker) + at + 1;
        bytes[nestedAt] = (byte) 0x81;

        InvalidObjectException refused = assertThrows(InvalidObjectException.class, () -> read(bytes));

        assertThat(refused).hasMessageThat().startsWith("ArchivedUsage.details: TransportedDetails is invalid");
        assertThat(refused).hasMessageThat().contains("NON_NEGATIVE at /cachedTokens");
    }

    /**
     * Every bit of a model's stream flipped, one at a time: each stream is refused with an
     * {@code IOException}, or reads as a valid model that equals the one the builder makes from
     * its accessors, with the same hash code and text: no state the builder could not make.
     */
    @Test
    void noFlippedBitMakesAModelTheBuilderCouldNotMake() {
        byte[] stream = write(ImmutableArchivedUsage.builder()
                .promptTokens(100).completionTokens(20).reasoningTokens(7).streamed(true).model(null)
                .tags(List.of("a")).perRegion(Map.of("eu", List.of(60L))).details(details(30))
                .putExtra("n", 1).build());
        int read = 0;
        for (int at = 0; at < stream.length; at++) {
            for (int bit = 0; bit < Byte.SIZE; bit++) {
                byte[] flipped = stream.clone();
                flipped[at] ^= (byte) (1 << bit);
                read += SerialStreamsPropertyTest.readOrRefuse(flipped) ? 1 : 0;
            }
        }
        assertWithMessage("some flips change only a value, and must read").that(read).isGreaterThan(0);
    }

    @Test
    void aStreamOfTheModelItselfIsRefused() {
        byte[] forged = renameClass(write(new LookAlike()), LookAlike.class.getName(),
                ImmutableArchivedUsage.class.getName());

        InvalidObjectException refused = assertThrows(InvalidObjectException.class, () -> read(forged));

        assertThat(refused).hasMessageThat().isEqualTo("ImmutableArchivedUsage is read through its serial form only");
    }

    /** Written in place of a model, with its serialVersionUID and none of its form. */
    private static final class LookAlike implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static byte[] renameClass(byte[] stream, String from, String to) {
        byte[] find = utf(from);
        int at = indexOf(stream, find);
        byte[] replacement = utf(to);
        byte[] forged = new byte[stream.length - find.length + replacement.length];
        System.arraycopy(stream, 0, forged, 0, at);
        System.arraycopy(replacement, 0, forged, at, replacement.length);
        System.arraycopy(stream, at + find.length, forged, at + replacement.length, stream.length - at - find.length);
        return forged;
    }

    /** A class name as a stream writes it: two bytes of length, then the (ASCII) name. */
    private static byte[] utf(String name) {
        byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(ascii.length + 2).putShort((short) ascii.length).put(ascii).array();
    }

    static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
