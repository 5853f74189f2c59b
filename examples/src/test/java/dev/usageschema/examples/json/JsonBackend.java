package dev.usageschema.examples.json;

import dev.usageschema.Validated;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.json.JsonSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One Jackson major's direct API, as the shared JSON tests use it. */
interface JsonBackend {

    <M> Validated<M> tryRead(byte[] json, JsonSchema<M, ?> schema);

    <M> String write(M model, JsonSchema<M, ?> schema);

    default <M> Validated<M> tryRead(String json, JsonSchema<M, ?> schema) {
        return tryRead(json.getBytes(StandardCharsets.UTF_8), schema);
    }

    default <M> M read(String json, JsonSchema<M, ?> schema) {
        return tryRead(json, schema).orElseThrow();
    }

    /** Reads through the major's databind mapper, with {@link #SCHEMAS} registered; failures unchecked. */
    <T> T mapperRead(String json, Class<T> type);

    /** Writes through the major's databind mapper, with {@link #SCHEMAS} registered. */
    String mapperWrite(Object value);

    /** The schemas the mappers know. */
    JsonSchema<?, ?>[] SCHEMAS = {ImmutableOpenAiChatUsage.jsonSchema(), ImmutableGeminiUsageMetadata.jsonSchema()};

    JsonBackend JACKSON_2 = new JsonBackend() {
        @Override
        public <M> Validated<M> tryRead(byte[] json, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson2.UsageJson.standard().tryRead(json, schema);
        }

        @Override
        public <M> String write(M model, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson2.UsageJson.standard().write(model, schema);
        }

        private final com.fasterxml.jackson.databind.ObjectMapper mapper = com.fasterxml.jackson.databind.json.JsonMapper
                .builder().addModule(dev.usageschema.jackson2.UsageSchemaModule.of(SCHEMAS)).build();

        @Override
        public <T> T mapperRead(String json, Class<T> type) {
            try {
                return mapper.readValue(json, type);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        @Override
        public String mapperWrite(Object value) {
            try {
                return mapper.writeValueAsString(value);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        @Override
        public String toString() {
            return "Jackson 2";
        }
    };

    JsonBackend JACKSON_3 = new JsonBackend() {
        @Override
        public <M> Validated<M> tryRead(byte[] json, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson3.UsageJson.standard().tryRead(json, schema);
        }

        @Override
        public <M> String write(M model, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson3.UsageJson.standard().write(model, schema);
        }

        private final tools.jackson.databind.ObjectMapper mapper = tools.jackson.databind.json.JsonMapper
                .builder().addModule(dev.usageschema.jackson3.UsageSchemaModule.of(SCHEMAS)).build();

        @Override
        public <T> T mapperRead(String json, Class<T> type) {
            return mapper.readValue(json, type);
        }

        @Override
        public String mapperWrite(Object value) {
            return mapper.writeValueAsString(value);
        }

        @Override
        public String toString() {
            return "Jackson 3";
        }
    };
}
