package dev.usageschema.examples.json;

import dev.usageschema.WireNumber;

/** Gemini's modalities, by name (the Gemini API) or by proto enum number (Vertex AI). */
public enum ProtoModality {
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
