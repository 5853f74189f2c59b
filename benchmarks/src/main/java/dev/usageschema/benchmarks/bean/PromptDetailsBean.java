package dev.usageschema.benchmarks.bean;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;

/** Parts of the prompt count as a bean; {@code null} is an absent count. */
@Valid
public final class PromptDetailsBean {

    @PositiveOrZero
    private final Long cachedTokens;
    @PositiveOrZero
    private final Long audioTokens;

    public PromptDetailsBean(Long cachedTokens, Long audioTokens) {
        this.cachedTokens = cachedTokens;
        this.audioTokens = audioTokens;
    }

    public Long getCachedTokens() {
        return cachedTokens;
    }

    public Long getAudioTokens() {
        return audioTokens;
    }

    boolean isWithin(long bound) {
        return (cachedTokens == null || cachedTokens <= bound) && (audioTokens == null || audioTokens <= bound);
    }
}
