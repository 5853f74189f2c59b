package dev.usageschema.examples.json;

/** The shared databind cases through {@code usage-schema-jackson3}. */
class Jackson3DatabindTest extends DatabindContract {

    @Override
    JsonBackend json() {
        return JsonBackend.JACKSON_3;
    }
}
