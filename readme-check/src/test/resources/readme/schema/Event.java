package readme.schema;

/** A streamed event as a caller's own client hands it over: the usage it carries, or null. */
interface Event {
    AnthropicStreamUsage usage();
}
