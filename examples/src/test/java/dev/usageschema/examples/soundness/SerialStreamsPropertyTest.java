package dev.usageschema.examples.soundness;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.Severity;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ServiceTier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid models survive serialization equal; random damage to their streams (bytes flipped,
 * bytes set to the tags and limits of the serial form, the stream cut short) is refused with an
 * {@code IOException}, or reads as a valid model equal to the one the builder makes from its
 * accessors: never a model its own check rejects, never one unequal to a built copy of itself.
 */
class SerialStreamsPropertyTest {

    /** Damage that lands on what the serial form reads: its tags, sizes and counts. */
    private static final byte[] HOSTILE = {0, 1, -1, 0x7f, (byte) 0x80, 'N', 'J', 'I', 'D', 'Z', 'l', 's', 'm', 'L'};

    @Property(tries = 500)
    void aRandomModelReadsBackEqual(@ForAll("models") ImmutableArchivedUsage model) throws Exception {
        Object read = SerialStreams.read(SerialStreams.write(model));

        assertThat(read).isEqualTo(model);
        assertThat(read.hashCode()).isEqualTo(model.hashCode());
        assertThat(read.toString()).isEqualTo(model.toString());
    }

    @Property(tries = 2000)
    void aDamagedStreamIsRefusedOrReadsAsAModelTheBuilderMakes(@ForAll("models") ImmutableArchivedUsage model,
            @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        byte[] stream = SerialStreams.write(model);
        byte[] damaged = switch (random.nextInt(3)) {
            case 0 -> flipped(stream, random);
            case 1 -> hostile(stream, random);
            default -> Arrays.copyOf(stream, random.nextInt(stream.length));
        };

        readOrRefuse(damaged);
    }

    /**
     * Reads a stream: {@code false} when it is refused with an {@code IOException} or a
     * {@code ClassNotFoundException}, or holds no model at all; {@code true} when it reads as a model
     * that passes its checks and equals, with the same hash code and text, the model built from its
     * accessors. Any other outcome fails, but for the JDK's own parser failing on a stream it cannot
     * parse (a damaged class descriptor makes {@code ObjectInputStream} throw a
     * {@code NullPointerException}): a runtime exception thrown from {@code java.*} code.
     */
    static boolean readOrRefuse(byte[] stream) {
        Object read;
        try {
            read = SerialStreams.read(stream);
        } catch (IOException | ClassNotFoundException refused) {
            return false;
        } catch (RuntimeException failed) {
            assertWithMessage("thrown by %s", failed.getStackTrace()[0]).that(failed.getStackTrace()[0].getClassName())
                    .startsWith("java.");
            return false;
        }
        if (read == null) {
            return false;
        }
        assertWithMessage("a stream of an ArchivedUsage read as %s", read).that(read)
                .isInstanceOf(ImmutableArchivedUsage.class);
        ImmutableArchivedUsage model = (ImmutableArchivedUsage) read;
        ImmutableArchivedUsage built = ImmutableArchivedUsage.builder().from(model).build();
        assertThat(ImmutableArchivedUsage.check(model).stream().map(Violation::severity)).doesNotContain(Severity.ERROR);
        assertThat(model).isEqualTo(built);
        assertThat(model.hashCode()).isEqualTo(built.hashCode());
        assertThat(model.toString()).isEqualTo(built.toString());
        return true;
    }

    private static byte[] flipped(byte[] stream, Random random) {
        byte[] damaged = stream.clone();
        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return damaged;
    }

    private static byte[] hostile(byte[] stream, Random random) {
        byte[] damaged = stream.clone();
        damaged[random.nextInt(damaged.length)] = HOSTILE[random.nextInt(HOSTILE.length)];
        return damaged;
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<ImmutableArchivedUsage> models() {
        return Arbitraries.randomValue(SerialStreamsPropertyTest::model);
    }

    /** A valid model with each property given, absent or null at random, counts weighted to small values. */
    static ImmutableArchivedUsage model(Random random) {
        long prompt = count(random);
        long completion = count(random);
        ImmutableArchivedUsage.Builder builder = ImmutableArchivedUsage.builder()
                .promptTokens(prompt).completionTokens(completion)
                .reasoningTokens(random.nextInt(4) == 0 ? null : (int) Math.min(count(random), Integer.MAX_VALUE))
                .streamed(random.nextBoolean())
                .model(random.nextInt(4) == 0 ? null : word(random))
                .tags(words(random));
        switch (random.nextInt(4)) {
            case 0 -> builder.totalTokens(prompt + completion);
            case 1 -> builder.cachedTokens((OptionalLong) null);
            case 2 -> builder.cachedTokens(prompt == 0 ? 0 : random.nextLong(prompt + 1));
            default -> { }
        }
        if (random.nextBoolean()) {
            builder.latencySeconds(random.nextInt(4) == 0 ? 0.0 : random.nextDouble() * 10);
        }
        if (random.nextBoolean()) {
            builder.tier(ServiceTier.values()[random.nextInt(ServiceTier.values().length)]);
        }
        if (random.nextBoolean()) {
            builder.regions(new LinkedHashSet<>(words(random)));
        }
        if (random.nextBoolean()) {
            Map<String, List<Long>> perRegion = new LinkedHashMap<>();
            for (String region : words(random)) {
                perRegion.put(region, List.of(count(random), count(random)));
            }
            builder.perRegion(perRegion);
        }
        if (random.nextBoolean()) {
            builder.details(details(random, prompt));
        }
        if (random.nextBoolean()) {
            builder.perCall(List.of(details(random, Long.MAX_VALUE), details(random, Long.MAX_VALUE)));
        }
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            builder.putExtra("x" + word(random), random.nextBoolean() ? count(random) : List.of(word(random), true));
        }
        return builder.build();
    }

    private static ImmutableTransportedDetails details(Random random, long atMost) {
        ImmutableTransportedDetails.Builder details = ImmutableTransportedDetails.builder();
        if (random.nextBoolean()) {
            details.cachedTokens(Math.min(count(random), atMost));
        }
        return details.build();
    }

    private static long count(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000);
            case 2 -> random.nextLong(1L << 40);
            default -> Long.MAX_VALUE / 4 + random.nextInt(1000);
        };
    }

    private static String word(Random random) {
        return List.of("eu", "us", "flex", "batch", "", "a\"b", "ü").get(random.nextInt(7));
    }

    private static List<String> words(Random random) {
        Set<String> words = new LinkedHashSet<>();
        for (int count = random.nextInt(4); count > 0; count--) {
            words.add(word(random));
        }
        return new ArrayList<>(words);
    }
}
