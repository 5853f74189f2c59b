package dev.usageschema.cli;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointers (RFC 6901) as the names and indexes they spell. */
final class Pointers {

    private Pointers() {
    }

    /**
     * {@return the reference tokens of {@code pointer}, unescaped: {@code /a~1b/c} is {@code a/b} then {@code c}}
     * @throws IllegalArgumentException when it does not start with {@code /}, or holds a {@code ~} other than
     *                                  {@code ~0} and {@code ~1}
     */
    static List<String> names(String pointer) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON Pointer starts with /");
        }
        List<String> names = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            if (raw.replace("~0", "").replace("~1", "").contains("~")) {
                throw new IllegalArgumentException("'" + raw + "' holds a ~ other than ~0 and ~1");
            }
            names.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return names;
    }
}
