package readme.schema;

/** A caller's response class that holds a usage, as README's databind block says. */
record ChatCompletion(String id, ChatUsage usage) {
}
