package dev.usageschema.otel;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

/** A call's attributes on the span, and the values a call refuses. */
class GenAiCallTest {

    @Test
    void theSpanGetsTheCallsAttributesThatWereGivenAndNoOthers() {
        GenAiCall call = GenAiCall.builder("chat", "openai").responseModel("gpt-x-2026").build();
        try (Recorder recorder = new Recorder(GenAiConventions.V1_41)) {
            SpanData span = recorder.span(it -> recorder.telemetry.record(it,
                    ProviderUsages.named("openai-chat").canonical(), call));

            assertThat(span.getAttributes().get(GenAiAttributes.GEN_AI_OPERATION_NAME)).isEqualTo("chat");
            assertThat(span.getAttributes().get(GenAiAttributes.GEN_AI_PROVIDER_NAME)).isEqualTo("openai");
            assertThat(span.getAttributes().get(GenAiAttributes.GEN_AI_RESPONSE_MODEL)).isEqualTo("gpt-x-2026");
            assertThat(span.getAttributes().get(GenAiAttributes.GEN_AI_REQUEST_MODEL)).isNull();
            assertThat(span.getAttributes().get(GenAiAttributes.SERVER_PORT)).isNull();
        }
        assertThat(call.requestModel()).isEmpty();
        assertThat(call.responseModel()).hasValue("gpt-x-2026");
        assertThat(call.serverPort().isPresent()).isFalse();
    }

    @Test
    void aBlankNameOrAPortOutOfRangeIsRefusedWithWhatIsWrong() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> GenAiCall.builder(" ", "openai")))
                .hasMessageThat().isEqualTo("operationName is blank");
        assertThat(assertThrows(NullPointerException.class, () -> GenAiCall.builder("chat", null)))
                .hasMessageThat().isEqualTo("providerName");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> GenAiCall.builder("chat", "openai").requestModel("")))
                .hasMessageThat().isEqualTo("requestModel is blank");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> GenAiCall.builder("chat", "openai").serverPort(0)))
                .hasMessageThat().isEqualTo("serverPort is 0, not a port (1 to 65535)");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> GenAiCall.builder("chat", "openai").serverPort(65536)))
                .hasMessageThat().isEqualTo("serverPort is 65536, not a port (1 to 65535)");
    }
}
