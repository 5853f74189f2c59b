package dev.usageschema.otel;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the caller knows of one GenAI call and the usage does not: the operation, the provider, the
 * models and the server, as the conventions name them. These are the attributes that {@link
 * UsageTelemetry} sets on the span beside the usage, and the common attributes of each point of the
 * token-usage metric. Immutable; the attributes of the metric's points are made once, when it is
 * built, so that a call reused for many usages (one provider and model) costs no allocation.
 */
public final class GenAiCall {

    private final String operationName;
    private final String providerName;
    private final String requestModel;
    private final String responseModel;
    private final String serverAddress;
    private final int serverPort;
    private final Attributes span;
    private final Attributes inputPoint;
    private final Attributes outputPoint;

    private GenAiCall(Builder builder) {
        operationName = builder.operationName;
        providerName = builder.providerName;
        requestModel = builder.requestModel;
        responseModel = builder.responseModel;
        serverAddress = builder.serverAddress;
        serverPort = builder.serverPort;
        AttributesBuilder attributes = Attributes.builder()
                .put(GenAiAttributes.GEN_AI_OPERATION_NAME, operationName)
                .put(GenAiAttributes.GEN_AI_PROVIDER_NAME, providerName);
        if (requestModel != null) {
            attributes.put(GenAiAttributes.GEN_AI_REQUEST_MODEL, requestModel);
        }
        if (responseModel != null) {
            attributes.put(GenAiAttributes.GEN_AI_RESPONSE_MODEL, responseModel);
        }
        if (serverAddress != null) {
            attributes.put(GenAiAttributes.SERVER_ADDRESS, serverAddress);
        }
        if (serverPort != 0) {
            attributes.put(GenAiAttributes.SERVER_PORT, serverPort);
        }
        span = attributes.build();
        inputPoint = span.toBuilder().put(GenAiAttributes.GEN_AI_TOKEN_TYPE, GenAiAttributes.TOKEN_TYPE_INPUT).build();
        outputPoint = span.toBuilder().put(GenAiAttributes.GEN_AI_TOKEN_TYPE, GenAiAttributes.TOKEN_TYPE_OUTPUT).build();
    }

    /**
     * {@return a builder of a call}
     * @param operationName the operation, required by the conventions: {@link GenAiAttributes#OPERATION_CHAT} and
     *                      the others there, or the provider's own documented name
     * @param providerName  the provider, required by the conventions: {@code openai}, {@code anthropic},
     *                      {@code aws.bedrock}, {@code gcp.gemini}, ...
     */
    public static Builder builder(String operationName, String providerName) {
        return new Builder(nonBlank(operationName, "operationName"), nonBlank(providerName, "providerName"));
    }

    /** {@return the operation name} */
    public String operationName() {
        return operationName;
    }

    /** {@return the provider name} */
    public String providerName() {
        return providerName;
    }

    /** {@return the model the request named, when given} */
    public Optional<String> requestModel() {
        return Optional.ofNullable(requestModel);
    }

    /** {@return the model that generated the response, when given} */
    public Optional<String> responseModel() {
        return Optional.ofNullable(responseModel);
    }

    /** {@return the server's address, when given} */
    public Optional<String> serverAddress() {
        return Optional.ofNullable(serverAddress);
    }

    /** {@return the server's port, when given} */
    public OptionalInt serverPort() {
        return serverPort == 0 ? OptionalInt.empty() : OptionalInt.of(serverPort);
    }

    /** {@return whether the operation counts output tokens}: an embeddings request has input tokens only. */
    boolean countsOutput() {
        return !operationName.equals(GenAiAttributes.OPERATION_EMBEDDINGS);
    }

    /** The attributes of this call that the span gets. */
    Attributes spanAttributes() {
        return span;
    }

    /** The attributes of the metric's point of input tokens. */
    Attributes inputPoint() {
        return inputPoint;
    }

    /** The attributes of the metric's point of output tokens. */
    Attributes outputPoint() {
        return outputPoint;
    }

    @Override
    public String toString() {
        return "GenAiCall" + span;
    }

    private static String nonBlank(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    /** Builds a {@link GenAiCall}; the optional attributes are left out until set. */
    public static final class Builder {

        private final String operationName;
        private final String providerName;
        private String requestModel;
        private String responseModel;
        private String serverAddress;
        private int serverPort;

        private Builder(String operationName, String providerName) {
            this.operationName = operationName;
            this.providerName = providerName;
        }

        /**
         * {@return this builder, with the model the request named}
         * @param model the model, as the request named it
         */
        public Builder requestModel(String model) {
            requestModel = nonBlank(model, "requestModel");
            return this;
        }

        /**
         * {@return this builder, with the model that generated the response}
         * @param model the model, as the response names it
         */
        public Builder responseModel(String model) {
            responseModel = nonBlank(model, "responseModel");
            return this;
        }

        /**
         * {@return this builder, with the GenAI server's address}
         * @param address a host name, an IP address or a socket path
         */
        public Builder serverAddress(String address) {
            serverAddress = nonBlank(address, "serverAddress");
            return this;
        }

        /**
         * {@return this builder, with the GenAI server's port}
         * @param port 1 to 65535
         */
        public Builder serverPort(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("serverPort is " + port + ", not a port (1 to 65535)");
            }
            serverPort = port;
            return this;
        }

        /** {@return the call} */
        public GenAiCall build() {
            return new GenAiCall(this);
        }
    }
}
