package dev.usageschema.examples.sum;

import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiCompletionDetails;
import dev.usageschema.examples.providers.OpenAiPromptDetails;
import java.util.Map;
import java.util.Optional;

/** An OpenAI usage as a caller's own class reports it, right or wrong: nothing checks it until it is added. */
record ReportedUsage(long promptTokens, long completionTokens, long totalTokens) implements OpenAiChatUsage {

    /** A usage whose total is its parts' sum. */
    static ReportedUsage right(long prompt, long completion) {
        return new ReportedUsage(prompt, completion, prompt + completion);
    }

    @Override
    public Optional<OpenAiPromptDetails> promptTokensDetails() {
        return Optional.empty();
    }

    @Override
    public Optional<OpenAiCompletionDetails> completionTokensDetails() {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> extra() {
        return Map.of();
    }
}
