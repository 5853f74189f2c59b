/**
 * Generated models from and to JSON through Jackson 2's streaming API: {@link dev.usageschema.jackson2.UsageJson}
 * reads a model from bytes, a string, a stream or a {@code JsonParser}, with every check of its schema and
 * each violation at its JSON Pointer, and writes it back in the provider's wire shape.
 */
package dev.usageschema.jackson2;
