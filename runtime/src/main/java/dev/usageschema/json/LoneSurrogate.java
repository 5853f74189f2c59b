package dev.usageschema.json;

import java.util.Locale;

/**
 * A surrogate that is not half of a pair: what a JSON string can spell with an escape
 * (<code>"&#92;uD800"</code>) and a Java string can hold, but no Unicode text can, so no UTF-8 either
 * (an encoder writes {@code ?} for it). The JSON modules refuse it where they read a string or a name,
 * and where they write one.
 */
public final class LoneSurrogate {

    private LoneSurrogate() {
    }

    /**
     * {@return the index in {@code text} of its first lone surrogate, or -1 when it has none}
     * @param text the text
     */
    public static int in(CharSequence text) {
        int length = text.length();
        for (int index = 0; index < length; index++) {
            char c = text.charAt(index);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && index + 1 < length && Character.isLowSurrogate(text.charAt(index + 1))) {
                    index++;
                } else {
                    return index;
                }
            }
        }
        return -1;
    }

    /**
     * {@return the lone surrogate at {@code index}, as messages say it: <code>the lone surrogate &#92;uD800 at index 3</code>}
     * @param text  the text
     * @param index where {@link #in} found it
     */
    public static String describe(CharSequence text, int index) {
        return String.format(Locale.ROOT, "the lone surrogate \\u%04X at index %d", (int) text.charAt(index), index);
    }
}
