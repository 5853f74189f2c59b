package dev.usageschema.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * JSON lines: each line that is not blank is one record. A line past the size limit is not kept:
 * its bytes are skipped to its end, and it is one unreadable record, so memory stays within the
 * limit whatever the line.
 */
final class LineRecords implements RecordReader {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private final String file;
    private final InputBytes bytes;
    private final int maxBytes;
    private long nextLine = 1;
    private boolean failureReported;

    LineRecords(String file, InputBytes bytes, int maxBytes) {
        this.file = file;
        this.bytes = bytes;
        this.maxBytes = maxBytes;
    }

    @Override
    public RawRecord next() {
        while (true) {
            long line = nextLine;
            bytes.mark = bytes.pos;
            long skipped = 0;
            int scanned = bytes.pos;
            int end;
            while ((end = indexOfNewline(bytes.data, scanned, bytes.limit)) < 0) {
                if (bytes.limit - bytes.mark > maxBytes) {
                    // Past the limit: the line is not kept, only counted.
                    skipped += bytes.limit - bytes.mark;
                    bytes.mark = bytes.limit;
                }
                int fromMark = bytes.limit - bytes.mark;
                if (!bytes.more()) {
                    break;
                }
                scanned = bytes.mark + fromMark;
            }
            boolean lastLine = end < 0;
            int stop = lastLine ? bytes.limit : end;
            long length = skipped + stop - bytes.mark;
            bytes.pos = lastLine ? bytes.limit : end + 1;
            nextLine++;
            if (lastLine && bytes.failure() != null) {
                if (failureReported) {
                    return null;
                }
                failureReported = true;
                return RawRecord.unreadable(file, line, "the input could not be read past this line (" + length
                        + " bytes of it read): " + bytes.failure());
            }
            if (length > maxBytes) {
                return RawRecord.unreadable(file, line, "a line of " + length + " bytes, past the limit of " + maxBytes
                        + " bytes a record may have (--max-record-bytes): not read");
            }
            int from = bytes.mark;
            if (stop > from && bytes.data[stop - 1] == '\r') {
                stop--;
            }
            if (isBlank(bytes.data, from, stop)) {
                if (lastLine) {
                    return null;
                }
                continue;
            }
            return RawRecord.of(file, line, Arrays.copyOfRange(bytes.data, from, stop));
        }
    }

    /** Eight bytes at a time: a byte that is a newline is the one zero byte of the word xor newlines. */
    private static int indexOfNewline(byte[] data, int from, int to) {
        int index = from;
        for (; index + Long.BYTES <= to; index += Long.BYTES) {
            long word = (long) LONGS.get(data, index) ^ NEWLINES;
            long newline = (word - ONES) & ~word & HIGH_BITS;
            if (newline != 0) {
                return index + (Long.numberOfTrailingZeros(newline) >>> 3);
            }
        }
        for (; index < to; index++) {
            if (data[index] == '\n') {
                return index;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] data, int from, int to) {
        for (int index = from; index < to; index++) {
            if (!InputBytes.isWhitespace(data[index])) {
                return false;
            }
        }
        return true;
    }
}
