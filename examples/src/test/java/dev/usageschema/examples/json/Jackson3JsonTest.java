package dev.usageschema.examples.json;

/** The shared JSON cases through {@code usage-schema-jackson3}. */
class Jackson3JsonTest extends JsonContract {

    @Override
    JsonBackend json() {
        return JsonBackend.JACKSON_3;
    }
}
