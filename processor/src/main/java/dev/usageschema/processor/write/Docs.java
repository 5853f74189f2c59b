package dev.usageschema.processor.write;

/** Doc comments carried from the schema into generated code. */
final class Docs {

    private Docs() {
    }

    /** The comment without block tags ({@code @return} and the like), which would not fit a setter. */
    static String withoutTags(String javadoc) {
        int tags = javadoc.indexOf("\n@");
        String body = tags >= 0 ? javadoc.substring(0, tags) : javadoc;
        return body.startsWith("@") ? "" : body.strip();
    }
}
