package dev.usageschema.examples.json;

/** The shared response cases through {@code usage-schema-jackson2}. */
class Jackson2ResponseReadingTest extends ResponseReadingContract {

    @Override
    ResponseBackend json() {
        return ResponseBackend.JACKSON_2;
    }
}
