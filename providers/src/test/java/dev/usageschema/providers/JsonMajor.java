package dev.usageschema.providers;

import dev.usageschema.Validated;
import dev.usageschema.json.JsonSchema;

/** One Jackson major's direct API, as the catalogue's tests use it. */
enum JsonMajor {

    JACKSON_2 {
        private final dev.usageschema.jackson2.UsageJson json = dev.usageschema.jackson2.UsageJson.standard();

        @Override
        <M> Validated<M> tryRead(String text, JsonSchema<M, ?> schema) {
            return json.tryRead(text, schema);
        }

        @Override
        <M> String write(M model, JsonSchema<M, ?> schema) {
            return json.write(model, schema);
        }
    },

    JACKSON_3 {
        private final dev.usageschema.jackson3.UsageJson json = dev.usageschema.jackson3.UsageJson.standard();

        @Override
        <M> Validated<M> tryRead(String text, JsonSchema<M, ?> schema) {
            return json.tryRead(text, schema);
        }

        @Override
        <M> String write(M model, JsonSchema<M, ?> schema) {
            return json.write(model, schema);
        }
    };

    abstract <M> Validated<M> tryRead(String text, JsonSchema<M, ?> schema);

    abstract <M> String write(M model, JsonSchema<M, ?> schema);
}
