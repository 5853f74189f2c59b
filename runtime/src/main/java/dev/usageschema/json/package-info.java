/**
 * Reading generated models from JSON and writing them back, with no JSON library of its own and no
 * reflection: a JSON library's parser is adapted to {@link dev.usageschema.json.JsonTokens}, its
 * generator to {@link dev.usageschema.json.JsonSink}, and each generated model's
 * {@link dev.usageschema.json.JsonSchema} says which wire name is which property and how to set and
 * write it. {@link dev.usageschema.json.JsonReader} does the reading: wire names and their
 * alternates, absent against {@code null}, numbers judged on their literal, duplicate keys,
 * unknown fields, and every check of the schema, with each violation at its JSON Pointer.
 */
package dev.usageschema.json;
