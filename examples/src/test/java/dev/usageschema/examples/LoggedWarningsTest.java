package dev.usageschema.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.usageschema.examples.providers.GeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.soundness.ImmutableWarnedDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * Where warnings go: {@code build()} and a databind read log each at WARNING on the
 * {@link System.Logger} {@code dev.usageschema}, with the schema's name; {@code tryBuild()} and
 * {@code tryRead} return them and log nothing.
 */
class LoggedWarningsTest {

    /** What the {@code dev.usageschema} logger publishes while {@code action} runs, level and text. */
    private static List<String> logged(Runnable action) {
        List<String> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record.getLevel() + " " + new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("dev.usageschema");
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }

    @Test
    void buildLogsEachWarningOnceWithTheSchemasName() {
        List<String> records = logged(() -> ImmutableWarnedDetails.builder().audio(1).text(2).total(4).build());

        assertThat(records).containsExactly("WARNING WarnedDetails: WARNING SUM at /total: audio 1 + text 2 != total 4");
    }

    @Test
    void tryBuildAndTryReadReturnTheirWarningsAndLogNothing() {
        List<String> records = logged(() -> {
            assertThat(ImmutableWarnedDetails.builder().audio(1).text(2).total(4).tryBuild().warnings()).hasSize(1);
            assertThat(dev.usageschema.jackson2.UsageJson.standard().tryRead(
                    "{\"promptTokenCount\":3,\"totalTokenCount\":3,\"x\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    ImmutableGeminiUsageMetadata.jsonSchema()).warnings()).hasSize(1);
        });

        assertThat(records).isEmpty();
    }

    @Test
    void aDatabindReadLogsTheWarningsOfTheUsageItReads() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(dev.usageschema.jackson2.UsageSchemaModule.of(ImmutableGeminiUsageMetadata.jsonSchema()))
                .build();

        List<String> records = logged(() -> {
            try {
                assertThat(mapper.readValue("{\"promptTokenCount\":3,\"totalTokenCount\":3,\"x\":1}",
                        GeminiUsageMetadata.class).totalTokenCount()).isEqualTo(3);
            } catch (java.io.IOException failure) {
                throw new java.io.UncheckedIOException(failure);
            }
        });

        assertThat(records).containsExactly(
                "WARNING GeminiUsageMetadata: WARNING UNKNOWN_PROPERTY at /x: GeminiUsageMetadata has no property 'x'"
                        + "; dropped (@UsageSchema(unknownFields = OFF) stops this report; an @AdditionalProperties map keeps such fields)");
    }
}
