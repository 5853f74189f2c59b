package dev.usageschema.json;

/**
 * Input that a parser could not read on: not JSON, cut short, past a limit, or an I/O failure.
 * {@link JsonReader} turns it into one {@link dev.usageschema.Rule#MALFORMED} violation at
 * {@link #pointer()}.
 */
public final class JsonInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    /**
     * @param pointer where the parser stood, as a JSON Pointer ({@code ""} for the document)
     * @param message what went wrong, in the parser's words
     * @param cause   the parser's exception
     */
    public JsonInputException(String pointer, String message, Throwable cause) {
        super(message, cause);
        this.pointer = pointer == null ? "" : pointer;
    }

    /** {@return where the parser stood, as a JSON Pointer} */
    public String pointer() {
        return pointer;
    }
}
