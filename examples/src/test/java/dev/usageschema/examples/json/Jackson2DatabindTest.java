package dev.usageschema.examples.json;

/** The shared databind cases through {@code usage-schema-jackson2}. */
class Jackson2DatabindTest extends DatabindContract {

    @Override
    JsonBackend json() {
        return JsonBackend.JACKSON_2;
    }
}
