package dev.usageschema.cli;

import java.util.Arrays;

/**
 * JSON lines: each line that is not blank is one record. A line past the size limit is not kept:
 * its bytes are skipped to its end, and it is one unreadable record, so memory stays within the
 * limit whatever the line.
 */
final class LineRecords implements RecordReader {

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

    private static int indexOfNewline(byte[] data, int from, int to) {
        for (int index = from; index < to; index++) {
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
