package dev.usageschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link UsageSchema}: which count of the schema plays which role of the canonical usage
 * ({@code dev.usageschema.canonical.CanonicalUsage}, in {@code usage-schema-canonical}), so that the
 * model gets {@code toCanonical()}. Each role names a count as a {@link Sum} part does: a property
 * ({@code "promptTokens"}) or a count of a nested object at any depth
 * ({@code "promptTokensDetails.cachedTokens"}), never through a list. An empty role is not mapped.
 *
 * <p>The arithmetic follows from the schema's own rules, never from the numbers. A part of the
 * input (cache read, cache write, the input's audio, image, video and tool-use counts) is
 * <em>inside</em> the {@link #input()} count when the schema bounds it by that count
 * ({@link AtMost}, on the count or on a nested object on its way) or lists it in an {@link Sum} on
 * the input count; it is <em>beside</em> it, and added to it, when the {@link Sum} on the
 * {@link #total()} lists it. The output's parts (reasoning, audio, image) likewise against the
 * {@link #output()} count; prediction counts must lie inside it. A part with no relation at all is
 * taken as beside, with a warning. The processor refuses a mapping that contradicts the schema: a
 * part both bounded by its side's count and added beside it, a total whose parts are not what the
 * canonical total adds up, a count of the schema that no role places and {@link #unmapped()} does
 * not list.
 *
 * <pre>{@code
 * @CanonicalMapping(convention = "openai-chat", input = "promptTokens", output = "completionTokens",
 *         total = "totalTokens", cacheRead = "promptTokensDetails.cachedTokens",
 *         reasoning = "completionTokensDetails.reasoningTokens")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CanonicalMapping {

    /**
     * The provider and API surface whose accounting the schema follows, lower-case words joined by
     * {@code -} or {@code .}: {@code openai-chat}, {@code anthropic-messages}, {@code bedrock-converse}.
     */
    String convention();

    /** The input count the provider reports; the canonical input total adds the parts beside it. */
    String input();

    /**
     * The output count the provider reports; the canonical output total adds the parts beside it.
     * Empty for a surface that produces no output tokens (embeddings): the canonical output is 0.
     */
    String output();

    /**
     * The provider's total. An equality {@link Sum} on it must add up what the canonical total
     * adds (input, output and the parts beside them); a total that is at least its parts, or has no
     * {@link Sum}, keeps what it counts beyond them as the canonical unattributed tokens. Empty: the
     * canonical total is input plus output.
     */
    String total() default "";

    /** Tokens read from the prompt cache. */
    String cacheRead() default "";

    /** Tokens written to the prompt cache. */
    String cacheWrite() default "";

    /** The cache writes with a five-minute time to live: a part of {@link #cacheWrite()}. */
    String cacheWrite5m() default "";

    /** The cache writes with a one-hour time to live: a part of {@link #cacheWrite()}. */
    String cacheWrite1h() default "";

    /** Reasoning (thinking) tokens of the output. */
    String reasoning() default "";

    /** Audio tokens of the input. */
    String inputAudio() default "";

    /** Image tokens of the input. */
    String inputImage() default "";

    /** Video tokens of the input. */
    String inputVideo() default "";

    /** Input tokens of tool-use prompts (Gemini's {@code toolUsePromptTokenCount}). */
    String toolUseInput() default "";

    /** Audio tokens of the output. */
    String outputAudio() default "";

    /** Image tokens of the output. */
    String outputImage() default "";

    /** Predicted-output tokens that appeared in the completion; inside the output count. */
    String acceptedPrediction() default "";

    /** Predicted-output tokens that did not appear in the completion, still billed; inside the output count. */
    String rejectedPrediction() default "";

    /** Web-search requests billed: a count, or a whole {@link NotACount} number. */
    String webSearchRequests() default "";

    /** The provider's own cost of the call: a {@link NotACount} {@code BigDecimal}, or a floating one. */
    String cost() default "";

    /** Counts of the schema deliberately left out of the canonical usage, as paths like the roles'. */
    String[] unmapped() default {};
}
