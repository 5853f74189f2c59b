package dev.usageschema.providers;

import dev.usageschema.Validated;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.sum.Total;
import java.io.Reader;

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

        @Override
        <X, M extends X> Validated<M> tryReadResponse(String body, UsageSurface<X, M> surface) {
            return json.tryReadResponse(body, surface);
        }

        @Override
        <X, M extends X> Total<X, M> tryReadStream(Reader events, UsageSurface<X, M> surface) {
            return json.tryReadStream(events, surface);
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

        @Override
        <X, M extends X> Validated<M> tryReadResponse(String body, UsageSurface<X, M> surface) {
            return json.tryReadResponse(body, surface);
        }

        @Override
        <X, M extends X> Total<X, M> tryReadStream(Reader events, UsageSurface<X, M> surface) {
            return json.tryReadStream(events, surface);
        }
    };

    abstract <M> Validated<M> tryRead(String text, JsonSchema<M, ?> schema);

    abstract <M> String write(M model, JsonSchema<M, ?> schema);

    abstract <X, M extends X> Validated<M> tryReadResponse(String body, UsageSurface<X, M> surface);

    abstract <X, M extends X> Total<X, M> tryReadStream(Reader events, UsageSurface<X, M> surface);
}
