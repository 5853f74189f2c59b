package dev.usageschema.jackson2;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;

/**
 * Reads that began at a {@code JsonNode} tree ({@code treeToValue}) rather than at JSON text: a tree
 * holds one value per key, the last, so a key the JSON gave twice is not seen. Such a read is taken
 * only from a mapper whose trees refuse those keys. A {@code TokenBuffer} ({@code convertValue}, and
 * the buffers that databind and reactive web frameworks make of JSON text) is read as it comes: a
 * buffer of text keeps every key and every literal, one of Java values holds what those values hold
 * (numbers the reader judges as what they still show).
 */
final class TreeSources {

    private TreeSources() {
    }

    /** {@return why a key given twice cannot be seen where {@code context}'s read began, or {@code null} when it can} */
    static String unseenDuplicates(DeserializationContext context, String schema) {
        if (context.getParser() instanceof TreeTraversingParser
                && !context.isEnabled(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)) {
            return schema + " comes from a JsonNode tree (treeToValue), which holds one value per key, the last, so"
                    + " that a key the JSON gave twice is not seen: read the JSON text (readValue, UsageJson), or enable"
                    + " DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY on the mapper, so that reading a tree refuses"
                    + " a key given twice";
        }
        return null;
    }
}
