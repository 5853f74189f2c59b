package dev.usageschema.processor.model;

/** Where the stages report what is wrong with a schema. */
public interface Diagnostics {

    void error(Origin origin, String message);

    void warning(Origin origin, String message);
}
