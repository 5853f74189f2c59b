package dev.usageschema.examples.json;

/** The shared stream cases through {@code usage-schema-jackson3}. */
class Jackson3StreamReadingTest extends StreamReadingContract {

    @Override
    ResponseBackend json() {
        return ResponseBackend.JACKSON_3;
    }
}
