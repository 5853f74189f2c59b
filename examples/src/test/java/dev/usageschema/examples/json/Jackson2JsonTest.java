package dev.usageschema.examples.json;

/** The shared JSON cases through {@code usage-schema-jackson2}. */
class Jackson2JsonTest extends JsonContract {

    @Override
    JsonBackend json() {
        return JsonBackend.JACKSON_2;
    }
}
