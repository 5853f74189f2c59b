package dev.usageschema.cli;

import java.util.Arrays;

/**
 * Records that are whole JSON values, however they are laid out over lines: one document, several
 * one after another, or the elements of a top-level array when {@code unwrapArrays}. A value's end
 * is found from its brackets and strings alone, so that a value that is not JSON inside is still one
 * record, which the check then rejects; a value past the size limit is skipped to its end, not kept.
 */
final class ValueRecords implements RecordReader {

    private final String file;
    private final InputBytes bytes;
    private final int maxBytes;
    private final boolean unwrapArrays;
    private long line = 1;
    private long arrayLine;
    private boolean inArray;
    private boolean endReported;

    ValueRecords(String file, InputBytes bytes, int maxBytes, boolean unwrapArrays) {
        this.file = file;
        this.bytes = bytes;
        this.maxBytes = maxBytes;
        this.unwrapArrays = unwrapArrays;
    }

    @Override
    public RawRecord next() {
        while (true) {
            int next = bytes.peek();
            if (next < 0) {
                return end();
            }
            if (InputBytes.isWhitespace(next)) {
                line += next == '\n' ? 1 : 0;
                bytes.pos++;
            } else if (unwrapArrays && !inArray && next == '[') {
                inArray = true;
                arrayLine = line;
                bytes.pos++;
            } else if (inArray && (next == ',' || next == ']')) {
                inArray = next == ',';
                bytes.pos++;
            } else {
                return value();
            }
        }
    }

    private RawRecord end() {
        if (endReported) {
            return null;
        }
        endReported = true;
        if (bytes.failure() != null) {
            return RawRecord.unreadable(file, line, "the input could not be read past here: " + bytes.failure());
        }
        if (inArray) {
            return RawRecord.unreadable(file, line, "the input ends inside the array that starts on line " + arrayLine
                    + ": it has no closing ]");
        }
        return null;
    }

    private RawRecord value() {
        long start = line;
        bytes.mark = bytes.pos;
        int first = bytes.data[bytes.pos] & 0xff;
        boolean scalar = first != '{' && first != '[' && first != '"';
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        long skipped = 0;
        int end = -1;
        while (end < 0) {
            if (bytes.pos == bytes.limit) {
                if (bytes.limit - bytes.mark > maxBytes) {
                    skipped += bytes.limit - bytes.mark;
                    bytes.mark = bytes.limit;
                }
                if (!bytes.more()) {
                    break;
                }
            }
            byte b = bytes.data[bytes.pos];
            if (scalar) {
                if (InputBytes.isWhitespace(b) || isStructural(b)) {
                    // A stray closing bracket or comma is a record of its own, which the check rejects.
                    end = bytes.pos == bytes.mark ? bytes.pos + 1 : bytes.pos;
                    break;
                }
            } else if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                    end = depth == 0 ? bytes.pos + 1 : -1;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                end = depth == 0 ? bytes.pos + 1 : -1;
            }
            if (b == '\n') {
                line++;
            }
            bytes.pos++;
        }
        long length = skipped + (end < 0 ? bytes.limit : end) - bytes.mark;
        if (end < 0 && !scalar) {
            bytes.pos = bytes.limit;
            // The cut record says where the input ended: no second rejection for an array left open.
            endReported = true;
            String why = bytes.failure() != null ? "the input could not be read past this record (" + length
                    + " bytes of it read): " + bytes.failure()
                    : "the input ends inside this record, " + length + " bytes in";
            return RawRecord.unreadable(file, start, why);
        }
        if (end < 0) {
            end = bytes.limit;
        }
        bytes.pos = end;
        if (length > maxBytes) {
            return RawRecord.unreadable(file, start, "a record of " + length + " bytes, past the limit of " + maxBytes
                    + " bytes a record may have (--max-record-bytes): not read");
        }
        return RawRecord.of(file, start, Arrays.copyOfRange(bytes.data, bytes.mark, end));
    }

    private static boolean isStructural(byte b) {
        return b == ',' || b == ']' || b == '}' || b == '[' || b == '{' || b == '"';
    }
}
