package dev.usageschema.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The field names read lately, by their bytes, so that the same few names of every record (a
 * usage's {@code prompt_tokens}, ...) are one string each, its hash kept, rather than a new string
 * per record. A name has two slots side by side, its hash's (of its first, middle and last eight
 * bytes) and the other of the pair; a name that finds both taken by others takes the first. Thread-safe:
 * its entries are immutable, and a thread that misses another's entry only makes the string again.
 */
final class NameCache {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int SLOT_BITS = 9;
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
        long words = (long) LONGS.get(bytes, from) ^ Long.rotateLeft((long) LONGS.get(bytes, to - Long.BYTES), 29)
                ^ Long.rotateLeft((long) LONGS.get(bytes, from + (length - Long.BYTES) / 2), 43) ^ length;
        return lookup((int) ((words * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - SLOT_BITS)), bytes, from, to);
    }

    private String small(byte[] bytes, int from, int to) {
        int mixed = to - from;
        for (int index = from; index < to; index++) {
            mixed = mixed * 31 + bytes[index];
        }
        return lookup((mixed * 0x9E3779B9) >>> (Integer.SIZE - SLOT_BITS), bytes, from, to);
    }

    private String lookup(int slot, byte[] bytes, int from, int to) {
        Entry first = slots[slot];
        if (first != null && same(first.bytes, bytes, from, to)) {
            return first.name;
        }
        Entry second = slots[slot ^ 1];
        if (second != null && same(second.bytes, bytes, from, to)) {
            return second.name;
        }
        byte[] copy = Arrays.copyOfRange(bytes, from, to);
        String name = new String(copy, StandardCharsets.ISO_8859_1);
        slots[first != null && second == null ? slot ^ 1 : slot] = new Entry(copy, name);
        return name;
    }

    /** Whether {@code name} is {@code bytes[from, to)}: eight bytes at a time, the last eight overlapping, for a name of eight or more. */
    private static boolean same(byte[] name, byte[] bytes, int from, int to) {
        int length = to - from;
        if (name.length != length) {
            return false;
        }
        if (length < Long.BYTES) {
            return Arrays.equals(name, 0, length, bytes, from, to);
        }
        for (int at = 0; at < length - Long.BYTES; at += Long.BYTES) {
            if ((long) LONGS.get(name, at) != (long) LONGS.get(bytes, from + at)) {
                return false;
            }
        }
        return (long) LONGS.get(name, length - Long.BYTES) == (long) LONGS.get(bytes, to - Long.BYTES);
    }
}
