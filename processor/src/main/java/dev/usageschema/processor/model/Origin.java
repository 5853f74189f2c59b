package dev.usageschema.processor.model;

/**
 * Where in the source something of the model came from: an element, and optionally one of its
 * annotations and a value of that annotation. Opaque to every stage but the one that reports.
 */
public interface Origin {
}
