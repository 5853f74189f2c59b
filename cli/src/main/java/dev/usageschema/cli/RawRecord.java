package dev.usageschema.cli;

/**
 * One record as an input framed it, before it is checked: where it starts, and its bytes, or why
 * it could not be taken whole (past the size limit, cut short by the end of the input, or by an
 * input that could not be read further).
 *
 * @param file       the input's name, as the command line gave it
 * @param line       the line the record starts on, from 1
 * @param json       the record's bytes; {@code null} when it could not be taken
 * @param unreadable why it could not be taken; {@code null} when it was
 */
record RawRecord(String file, long line, byte[] json, String unreadable) {

    static RawRecord of(String file, long line, byte[] json) {
        return new RawRecord(file, line, json, null);
    }

    static RawRecord unreadable(String file, long line, String why) {
        return new RawRecord(file, line, null, why);
    }

    /** {@return how many bytes the record holds, 0 for one that could not be taken} */
    int size() {
        return json == null ? 0 : json.length;
    }
}
