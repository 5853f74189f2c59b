package dev.usageschema.runtime;

/** Where a property sits, by Java name and by wire name; the subject of every violation about it. */
public final class Property {

    private final String name;
    private final String propertyPath;
    private final String wirePath;

    private Property(String name, String propertyPath, String wirePath) {
        this.name = name;
        this.propertyPath = propertyPath;
        this.wirePath = wirePath;
    }

    /** A property of the schema itself. */
    public static Property of(String javaName, String wireName) {
        return new Property(javaName, javaName, "/" + pointerSegment(wireName));
    }

    /** A property of the nested object that {@code parent} holds. */
    public static Property nested(Property parent, String javaName, String wireName) {
        return new Property(
                javaName,
                parent.propertyPath + "." + javaName,
                parent.wirePath + "/" + pointerSegment(wireName));
    }

    /**
     * A count in a nested object, named in messages by its path as a schema writes it
     * ({@code cacheCreation.ephemeral5mInputTokens}), at the wire names of each step
     * ({@code /cache_creation/ephemeral_5m_input_tokens}).
     */
    public static Property path(String javaPath, String... wireNames) {
        StringBuilder wirePath = new StringBuilder();
        for (String wireName : wireNames) {
            wirePath.append('/').append(pointerSegment(wireName));
        }
        return new Property(javaPath, javaPath, wirePath.toString());
    }

    /** The element at {@code index} of the list that {@code list} holds: {@code /details/2}, {@code details[2]}. */
    public static Property element(Property list, int index) {
        return new Property(list.name + "[" + index + "]", list.propertyPath + "[" + index + "]",
                list.wirePath + "/" + index);
    }

    /** The entry under {@code key} of the map that {@code map} holds: {@code /costs/input}, {@code costs[input]}. */
    public static Property entry(Property map, String key) {
        return new Property(map.name + "[" + key + "]", map.propertyPath + "[" + key + "]",
                map.wirePath + "/" + pointerSegment(key));
    }

    /** The Java name, as messages say it: {@code cachedTokens}. */
    public String name() {
        return name;
    }

    /** {@code promptTokensDetails.cachedTokens} */
    public String propertyPath() {
        return propertyPath;
    }

    /** A JSON Pointer (RFC 6901): {@code /prompt_tokens_details/cached_tokens} */
    public String wirePath() {
        return wirePath;
    }

    /** A wire name as one JSON Pointer segment, {@code ~} and {@code /} escaped. */
    public static String pointerSegment(String wireName) {
        return wireName.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String toString() {
        return propertyPath;
    }
}
