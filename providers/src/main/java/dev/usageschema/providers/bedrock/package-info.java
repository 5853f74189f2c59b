/**
 * Amazon Bedrock's Converse and ConverseStream ({@code bedrock-converse}), one shape for every model behind
 * them: camelCase names, int32 counts, the cache reads and writes beside the input.
 */
package dev.usageschema.providers.bedrock;
