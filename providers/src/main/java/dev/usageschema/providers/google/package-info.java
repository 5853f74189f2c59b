/**
 * Google's Gemini {@code generateContent} and {@code streamGenerateContent}, through the Gemini API and
 * Vertex AI ({@code gemini}): proto3 JSON, camelCase names, int32 counts, zero counts left out.
 */
package dev.usageschema.providers.google;
