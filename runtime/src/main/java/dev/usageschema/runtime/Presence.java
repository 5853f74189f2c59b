package dev.usageschema.runtime;

/** Whether an optional property was absent, present as an explicit null, or present with a value. */
public enum Presence {
    ABSENT,
    NULL,
    PRESENT
}
