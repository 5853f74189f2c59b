package dev.usageschema.canonical;

import dev.usageschema.json.JsonSchema;

/**
 * The canonical usage's JSON form for {@code ServiceLoader} on the module path, where this module
 * provides it, so that Jackson's module discovery finds it as it finds it on the class path. A
 * {@code provides} clause cannot name the generated form itself: javac checks the clause before the
 * processor has written it.
 */
public final class CanonicalUsageJson {

    private CanonicalUsageJson() {
    }

    /**
     * {@return the JSON form of {@link CanonicalUsage}, the one {@code ImmutableCanonicalUsage.jsonSchema()} gives}
     */
    public static JsonSchema<ImmutableCanonicalUsage, ?> provider() {
        return ImmutableCanonicalUsage.jsonSchema();
    }
}
