package dev.usageschema.examples.json;

/** The shared response cases through {@code usage-schema-jackson3}. */
class Jackson3ResponseReadingTest extends ResponseReadingContract {

    @Override
    ResponseBackend json() {
        return ResponseBackend.JACKSON_3;
    }
}
