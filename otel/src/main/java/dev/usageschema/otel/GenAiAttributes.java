package dev.usageschema.otel;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;

/**
 * The names of the OpenTelemetry GenAI semantic conventions that {@link UsageTelemetry} records,
 * as constants: the module does not depend on the incubating semantic-conventions artifact. Each
 * name is that of both {@link GenAiConventions} versions unless its comment says otherwise.
 */
public final class GenAiAttributes {

    /** The operation: {@code chat}, {@code text_completion}, {@code generate_content}, {@code embeddings}, ... */
    public static final AttributeKey<String> GEN_AI_OPERATION_NAME = AttributeKey.stringKey("gen_ai.operation.name");
    /** The provider as the instrumentation knows it: {@code openai}, {@code anthropic}, {@code aws.bedrock}, ... */
    public static final AttributeKey<String> GEN_AI_PROVIDER_NAME = AttributeKey.stringKey("gen_ai.provider.name");
    /** The model the request named. */
    public static final AttributeKey<String> GEN_AI_REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    /** The model that generated the response. */
    public static final AttributeKey<String> GEN_AI_RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    /** The GenAI server's address. */
    public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    /** The GenAI server's port. */
    public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");

    /** Every input token, cached ones included. */
    public static final AttributeKey<Long> GEN_AI_USAGE_INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    /** Every output token, reasoning included. */
    public static final AttributeKey<Long> GEN_AI_USAGE_OUTPUT_TOKENS =
            AttributeKey.longKey("gen_ai.usage.output_tokens");
    /** The input tokens served from a provider-managed cache, within the input tokens. */
    public static final AttributeKey<Long> GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS =
            AttributeKey.longKey("gen_ai.usage.cache_read.input_tokens");
    /** The input tokens written to a provider-managed cache, within the input tokens: {@link GenAiConventions#V1_41}'s name. */
    public static final AttributeKey<Long> GEN_AI_USAGE_CACHE_CREATION_INPUT_TOKENS =
            AttributeKey.longKey("gen_ai.usage.cache_creation.input_tokens");
    /** The same count under its newer name: {@link GenAiConventions#LATEST_EXPERIMENTAL}'s. */
    public static final AttributeKey<Long> GEN_AI_USAGE_CACHE_WRITE_INPUT_TOKENS =
            AttributeKey.longKey("gen_ai.usage.cache_write.input_tokens");
    /** The output tokens used for reasoning, within the output tokens. */
    public static final AttributeKey<Long> GEN_AI_USAGE_REASONING_OUTPUT_TOKENS =
            AttributeKey.longKey("gen_ai.usage.reasoning.output_tokens");

    /** Which tokens a point of the token-usage metric counts: {@link #TOKEN_TYPE_INPUT} or {@link #TOKEN_TYPE_OUTPUT}. */
    public static final AttributeKey<String> GEN_AI_TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
    /** The token type of input tokens. */
    public static final String TOKEN_TYPE_INPUT = "input";
    /** The token type of output tokens. */
    public static final String TOKEN_TYPE_OUTPUT = "output";

    /** The operation name of a chat completion. */
    public static final String OPERATION_CHAT = "chat";
    /** The operation name of a text completion. */
    public static final String OPERATION_TEXT_COMPLETION = "text_completion";
    /** The operation name of a multimodal content generation (Gemini's {@code generateContent}). */
    public static final String OPERATION_GENERATE_CONTENT = "generate_content";
    /** The operation name of an embeddings request, which has input tokens only. */
    public static final String OPERATION_EMBEDDINGS = "embeddings";

    /** The token-usage metric: a histogram in {@value #TOKEN_UNIT}, one point per token type and operation. */
    public static final String GEN_AI_CLIENT_TOKEN_USAGE = "gen_ai.client.token.usage";
    /** The unit of the token-usage metric. */
    public static final String TOKEN_UNIT = "{token}";
    /** The explicit bucket boundaries the conventions recommend for the token-usage metric: powers of 4, 1 to 4^13. */
    public static final List<Long> TOKEN_USAGE_BUCKET_BOUNDARIES = List.of(1L, 4L, 16L, 64L, 256L, 1024L, 4096L,
            16384L, 65536L, 262144L, 1048576L, 4194304L, 16777216L, 67108864L);

    private GenAiAttributes() {
    }
}
