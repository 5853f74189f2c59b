package dev.usageschema.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The field names read lately, by their bytes, so that the same few names of every record (a
 * usage's {@code prompt_tokens}, ...) are one string each, its hash kept, rather than a new string
 * per record. A slot is overwritten by the next name that hashes to it. Thread-safe: its entries are
 * immutable, and a thread that misses another's entry only makes the string again.
 */
final class NameCache {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int SLOT_BITS = 8;
    /** Longer names are made each time: no record repeats many of them. */
    private static final int MAX_BYTES = 64;

    private record Entry(byte[] bytes, String name) {
    }

    private final Entry[] slots = new Entry[1 << SLOT_BITS];

    /** {@return the name that {@code bytes[from, to)} spell, ASCII with no escape} */
    String ascii(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length > MAX_BYTES || length < Long.BYTES) {
            return length > MAX_BYTES ? new String(bytes, from, length, StandardCharsets.ISO_8859_1) : small(bytes, from, to);
        }
        long mixed = ((long) LONGS.get(bytes, from) * 0x9E3779B97F4A7C15L)
                ^ ((long) LONGS.get(bytes, to - Long.BYTES) * 0xC2B2AE3D27D4EB4FL) ^ length;
        return lookup((int) (mixed >>> (Long.SIZE - SLOT_BITS)), bytes, from, to);
    }

    private String small(byte[] bytes, int from, int to) {
        int mixed = to - from;
        for (int index = from; index < to; index++) {
            mixed = mixed * 31 + bytes[index];
        }
        return lookup((mixed * 0x9E3779B9) >>> (Integer.SIZE - SLOT_BITS), bytes, from, to);
    }

    private String lookup(int slot, byte[] bytes, int from, int to) {
        Entry entry = slots[slot];
        if (entry != null && Arrays.equals(entry.bytes, 0, entry.bytes.length, bytes, from, to)) {
            return entry.name;
        }
        byte[] copy = Arrays.copyOfRange(bytes, from, to);
        String name = new String(copy, StandardCharsets.ISO_8859_1);
        slots[slot] = new Entry(copy, name);
        return name;
    }
}
