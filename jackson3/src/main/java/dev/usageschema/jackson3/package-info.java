/**
 * Generated models from and to JSON through Jackson 3's streaming API ({@code tools.jackson}):
 * {@link dev.usageschema.jackson3.UsageJson} reads a model from bytes, a string, a stream or a
 * {@code JsonParser}, with every check of its schema and each violation at its JSON Pointer, and writes
 * it back in the provider's wire shape.
 */
package dev.usageschema.jackson3;
