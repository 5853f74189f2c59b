package dev.usageschema.providers.google;

import dev.usageschema.WireNumber;

/**
 * Gemini's modalities: by name as REST sends them, or by their proto number, as Vertex AI sends them through
 * Google's generated clients ({@code "modality": 1} is {@code TEXT}); written by name.
 */
public enum Modality {
    @WireNumber(0)
    MODALITY_UNSPECIFIED,
    @WireNumber(1)
    TEXT,
    @WireNumber(2)
    IMAGE,
    @WireNumber(3)
    VIDEO,
    @WireNumber(4)
    AUDIO,
    @WireNumber(5)
    DOCUMENT
}
