package dev.usageschema.examples.json;

/** The shared stream cases through {@code usage-schema-jackson2}. */
class Jackson2StreamReadingTest extends StreamReadingContract {

    @Override
    ResponseBackend json() {
        return ResponseBackend.JACKSON_2;
    }
}
