package dev.usageschema.providers.google;

/**
 * Gemini's modalities, as REST sends them. Vertex through Google's generated clients sends them as their
 * proto numbers (0 to 5, in this order), which this enum does not read.
 */
public enum Modality {
    MODALITY_UNSPECIFIED,
    TEXT,
    IMAGE,
    VIDEO,
    AUDIO,
    DOCUMENT
}
