package dev.usageschema.processor.model;

/** The Java number behind a numeric property, whatever its container. */
public enum NumberType {
    INT,
    LONG,
    DOUBLE
}
