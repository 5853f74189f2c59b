package dev.usageschema.examples.json;

/** The read verdicts through {@code usage-schema-jackson3}. */
class Jackson3ReadVerdictTest extends ReadVerdictContract {

    @Override
    JsonBackend json() {
        return JsonBackend.JACKSON_3;
    }
}
