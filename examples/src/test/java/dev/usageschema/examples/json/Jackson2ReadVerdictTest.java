package dev.usageschema.examples.json;

/** The read verdicts through {@code usage-schema-jackson2}. */
class Jackson2ReadVerdictTest extends ReadVerdictContract {

    @Override
    JsonBackend json() {
        return JsonBackend.JACKSON_2;
    }
}
