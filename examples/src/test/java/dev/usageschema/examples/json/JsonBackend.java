package dev.usageschema.examples.json;

import dev.usageschema.Validated;
import dev.usageschema.json.JsonSchema;
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

    JsonBackend JACKSON_2 = new JsonBackend() {
        @Override
        public <M> Validated<M> tryRead(byte[] json, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson2.UsageJson.standard().tryRead(json, schema);
        }

        @Override
        public <M> String write(M model, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson2.UsageJson.standard().write(model, schema);
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

        @Override
        public String toString() {
            return "Jackson 3";
        }
    };
}
