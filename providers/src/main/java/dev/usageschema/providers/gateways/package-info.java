/**
 * Gateways in front of other providers, from the seed documents: orq.ai's deployment stream
 * ({@code orq-deployment-stream}) and legacy proxy completions ({@code orq-proxy-completions}), FriendliAI's
 * streamed completions ({@code friendli-streamed-completions}), Opper's OpenAI-compatible chat ({@code opper})
 * and Atoma's ({@code atoma}). Each is written from its SDK's types: no recorded traffic was found, so their
 * rules are the documented ones, OpenAI's semantics where the SDK implies them.
 */
@UsageSchemaDefaults(naming = WireNaming.SNAKE_CASE)
package dev.usageschema.providers.gateways;

import dev.usageschema.UsageSchemaDefaults;
import dev.usageschema.WireNaming;
