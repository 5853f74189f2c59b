package dev.usageschema.providers;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.providers.openai.ImmutableChatUsage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A whole OpenAI chat response read as README's Getting started reads it, valid and with a total off by one. */
class ReadmeFirstExampleTest {

    private static final String RESPONSE = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"gpt-4.1-mini\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"1,284.50 EUR\"},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1187,\"completion_tokens\":19,\"total_tokens\":%d,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":1024,\"audio_tokens\":0}}}";

    private static Validated<ImmutableChatUsage> read(long total) {
        byte[] responseBody = String.format(RESPONSE, total).getBytes(StandardCharsets.UTF_8);
        return UsageJson.standard().tryReadResponse(responseBody, Providers.OPENAI_CHAT.usageSurface());
    }

    @Test
    void aValidResponseGivesItsCanonicalUsageWithTheCacheInsideTheInput() {
        Validated<ImmutableChatUsage> usage = read(1206);
        assertThat(usage.isValid()).isTrue();
        ImmutableCanonicalUsage canonical = Providers.OPENAI_CHAT.toCanonical(usage.orElseThrow()).orElseThrow();
        assertThat(canonical.inputTokens()).isEqualTo(1187);
        assertThat(canonical.cacheReadTokens()).hasValue(1024);
        assertThat(canonical.outputTokens()).isEqualTo(19);
    }

    @Test
    void aTotalThatDoesNotAddUpPrintsAsReadmeShowsIt() {
        Validated<ImmutableChatUsage> usage = read(1207);
        assertThat(usage.isValid()).isFalse();
        assertThat(usage.violations().stream().map(Object::toString).toList()).containsExactly(
                "ERROR SUM at /usage/total_tokens: promptTokens 1187 + completionTokens 19 != totalTokens 1207");
    }
}
