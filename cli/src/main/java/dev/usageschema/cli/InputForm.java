package dev.usageschema.cli;

/** How the records of an input are laid out ({@code --input}). */
enum InputForm {
    /** From the input's first bytes: an array when it starts with {@code [}, JSON lines when its first line is a whole value, else documents. */
    AUTO,
    /** One record per line that is not blank. */
    LINES,
    /** A JSON array, each element a record; values outside an array are records too. */
    ARRAY,
    /** Whole JSON documents, one after another (often just one), each a record. */
    DOCUMENT;

    /**
     * {@return the reader of {@code bytes}, this form's, or for {@link #AUTO} the form its first bytes show}
     * @param file     the input's name
     * @param bytes    its bytes, none taken yet
     * @param maxBytes the most bytes one record may have
     */
    RecordReader reader(String file, InputBytes bytes, int maxBytes) {
        InputForm form = this == AUTO ? detect(bytes) : this;
        return switch (form) {
            case LINES, AUTO -> new LineRecords(file, bytes, maxBytes);
            case ARRAY -> new ValueRecords(file, bytes, maxBytes, true);
            case DOCUMENT -> new ValueRecords(file, bytes, maxBytes, false);
        };
    }

    /** How far into the input the first line is looked for: a longer one makes the input JSON lines. */
    private static final int FIRST_LINE_LOOK = 1 << 20;

    private static InputForm detect(InputBytes bytes) {
        int at = 0;
        while (true) {
            if (at == bytes.limit && !bytes.more()) {
                return LINES;
            }
            if (!InputBytes.isWhitespace(bytes.data[at])) {
                break;
            }
            at++;
        }
        if (bytes.data[at] == '[') {
            return ARRAY;
        }
        // JSON lines when the first line is a whole value: its brackets all closed where it ends.
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (at < FIRST_LINE_LOOK) {
            if (at == bytes.limit && !bytes.more()) {
                return LINES;
            }
            byte b = bytes.data[at++];
            if (b == '\n') {
                return depth > 0 || inString ? DOCUMENT : LINES;
            }
            if (escaped) {
                escaped = false;
            } else if (inString) {
                escaped = b == '\\';
                inString = b != '"';
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return LINES;
    }
}
