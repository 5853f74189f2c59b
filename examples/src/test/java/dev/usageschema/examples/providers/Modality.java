package dev.usageschema.examples.providers;

/** Gemini's modalities. */
public enum Modality {
    MODALITY_UNSPECIFIED,
    TEXT,
    IMAGE,
    VIDEO,
    AUDIO,
    DOCUMENT
}
