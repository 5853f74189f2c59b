/** vLLM's OpenAI-compatible server ({@code vllm}): {@code /v1/chat/completions} and {@code /v1/completions}. */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.vllm;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
