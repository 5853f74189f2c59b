package dev.usageschema.examples.soundness;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Models of serializable schemas survive Java serialization, and reading one runs every check again. */
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

    @Test
    void aModelSurvivesARoundTrip() throws Exception {
        ImmutableTransportedUsage original = usage(7);

        Object read = read(write(original));

        assertThat(read).isEqualTo(original);
        assertThat(((ImmutableTransportedUsage) read).extra()).isEqualTo(Map.of("tier", List.of("flex", 2)));
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

    private static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            boolean found = true;
            for (int j = 0; j < part.length && found; j++) {
                found = bytes[i + j] == part[j];
            }
            if (found) {
                return i;
            }
        }
        return -1;
    }
}
