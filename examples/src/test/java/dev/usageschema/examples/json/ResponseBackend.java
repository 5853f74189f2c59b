package dev.usageschema.examples.json;

import dev.usageschema.Validated;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.sum.Total;
import java.io.InputStream;
import java.io.Reader;

/** One Jackson major's reading of usage inside whole responses and streams, as the shared tests use it. */
interface ResponseBackend {

    <M> Validated<M> tryReadAt(byte[] json, UsageSite site, JsonSchema<M, ?> schema);

    /** {@code UsageJson.tryReadAt(String, ...)}, which reads the characters. */
    <M> Validated<M> tryReadAt(String json, UsageSite site, JsonSchema<M, ?> schema);

    <M> Validated<M> tryReadAt(InputStream json, UsageSite site, JsonSchema<M, ?> schema);

    <X, M extends X> Validated<M> tryReadResponse(byte[] json, UsageSurface<X, M> surface);

    /** {@code UsageJson.tryReadAt(byte[], offset, length, ...)}: a range of a larger buffer. */
    <M> Validated<M> tryReadAt(byte[] json, int offset, int length, UsageSite site, JsonSchema<M, ?> schema);

    /** {@code UsageJson.tryRead(byte[], offset, length, ...)}. */
    <M> Validated<M> tryRead(byte[] json, int offset, int length, JsonSchema<M, ?> schema);

    /** {@code UsageJson.tryReadResponse(byte[], offset, length, ...)}. */
    <X, M extends X> Validated<M> tryReadResponse(byte[] json, int offset, int length, UsageSurface<X, M> surface);

    <X, M extends X> Total<X, M> tryReadStream(InputStream events, UsageSurface<X, M> surface);

    <X, M extends X> Total<X, M> tryReadStream(Reader events, UsageSurface<X, M> surface);

    /** Reads a stream through a factory whose documents have at most {@code maxDocumentLength} bytes. */
    <X, M extends X> Total<X, M> tryReadStream(InputStream events, UsageSurface<X, M> surface, long maxDocumentLength);

    /** {@return the same major through a new {@code UsageJson}, which has logged nothing yet} */
    ResponseBackend fresh();

    /** {@code UsageJson.write} of a value typed as the schema's interface, any implementation of it. */
    String write(dev.usageschema.examples.providers.OpenAiChatUsage usage);

    /**
     * Streams {@code json} with the major's own parser up to the top-level field {@code field}, reads
     * the usage there in place ({@code UsageJson.tryReadValue}), from the field name or, when
     * {@code onObject}, from the object's first token, then reads on.
     *
     * @return what was read, and the next token's field name (or the token, or {@code unreadable}) after the read
     */
    <M> InPlace<M> readInPlace(String json, String field, boolean onObject, JsonSchema<M, ?> schema);

    /** A usage read in place, and what the caller's parser reads next. */
    record InPlace<M>(Validated<M> read, String next) {
    }

    ResponseBackend JACKSON_2 = jackson2(dev.usageschema.jackson2.UsageJson.standard());

    private static ResponseBackend jackson2(dev.usageschema.jackson2.UsageJson json) {
        return new ResponseBackend() {
        @Override
        public ResponseBackend fresh() {
            return jackson2(dev.usageschema.jackson2.UsageJson.using(new com.fasterxml.jackson.core.JsonFactory()));
        }

        @Override
        public String write(dev.usageschema.examples.providers.OpenAiChatUsage usage) {
            return json.write(usage, dev.usageschema.examples.providers.ImmutableOpenAiChatUsage.jsonSchema());
        }

        @Override
        public <M> Validated<M> tryReadAt(byte[] bytes, UsageSite site, JsonSchema<M, ?> schema) {
            return json.tryReadAt(bytes, site, schema);
        }

        @Override
        public <M> Validated<M> tryReadAt(String text, UsageSite site, JsonSchema<M, ?> schema) {
            return json.tryReadAt(text, site, schema);
        }

        @Override
        public <M> Validated<M> tryReadAt(InputStream in, UsageSite site, JsonSchema<M, ?> schema) {
            return json.tryReadAt(in, site, schema);
        }

        @Override
        public <M> Validated<M> tryReadAt(byte[] bytes, int offset, int length, UsageSite site, JsonSchema<M, ?> schema) {
            return json.tryReadAt(bytes, offset, length, site, schema);
        }

        @Override
        public <M> Validated<M> tryRead(byte[] bytes, int offset, int length, JsonSchema<M, ?> schema) {
            return json.tryRead(bytes, offset, length, schema);
        }

        @Override
        public <X, M extends X> Validated<M> tryReadResponse(byte[] bytes, int offset, int length, UsageSurface<X, M> surface) {
            return json.tryReadResponse(bytes, offset, length, surface);
        }

        @Override
        public <X, M extends X> Validated<M> tryReadResponse(byte[] bytes, UsageSurface<X, M> surface) {
            return json.tryReadResponse(bytes, surface);
        }

        @Override
        public <X, M extends X> Total<X, M> tryReadStream(InputStream events, UsageSurface<X, M> surface) {
            return json.tryReadStream(events, surface);
        }

        @Override
        public <X, M extends X> Total<X, M> tryReadStream(Reader events, UsageSurface<X, M> surface) {
            return json.tryReadStream(events, surface);
        }

        @Override
        public <X, M extends X> Total<X, M> tryReadStream(InputStream events, UsageSurface<X, M> surface,
                long maxDocumentLength) {
            return dev.usageschema.jackson2.UsageJson.using(com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxDocumentLength(maxDocumentLength).build()).build()).tryReadStream(events, surface);
        }

        @Override
        public <M> InPlace<M> readInPlace(String text, String field, boolean onObject, JsonSchema<M, ?> schema) {
            try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
                    .createParser(text)) {
                com.fasterxml.jackson.core.JsonToken token = parser.nextToken();
                while (!(token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && field.equals(parser.currentName())
                        && parser.getParsingContext().getParent().inRoot())) {
                    token = parser.nextToken();
                }
                if (onObject) {
                    parser.nextToken();
                }
                Validated<M> read = dev.usageschema.jackson2.UsageJson.tryReadValue(parser, schema);
                com.fasterxml.jackson.core.JsonToken next;
                try {
                    next = parser.nextToken();
                } catch (com.fasterxml.jackson.core.JsonProcessingException stopped) {
                    return new InPlace<>(read, "unreadable");
                }
                return new InPlace<>(read, next == com.fasterxml.jackson.core.JsonToken.FIELD_NAME ? parser.currentName()
                        : String.valueOf(next));
            } catch (java.io.IOException failure) {
                throw new java.io.UncheckedIOException(failure);
            }
        }

        @Override
        public String toString() {
            return "Jackson 2";
        }
        };
    }

    ResponseBackend JACKSON_3 = jackson3(dev.usageschema.jackson3.UsageJson.standard());

    private static ResponseBackend jackson3(dev.usageschema.jackson3.UsageJson json) {
        return new ResponseBackend() {
        @Override
        public ResponseBackend fresh() {
            return jackson3(dev.usageschema.jackson3.UsageJson.using(new tools.jackson.core.json.JsonFactory()));
        }

        @Override
        public String write(dev.usageschema.examples.providers.OpenAiChatUsage usage) {
            return json.write(usage, dev.usageschema.examples.providers.ImmutableOpenAiChatUsage.jsonSchema());
        }

        @Override
        public <M> Validated<M> tryReadAt(byte[] bytes, UsageSite site, JsonSchema<M, ?> schema) {
            return json.tryReadAt(bytes, site, schema);
        }

        @Override
        public <M> Validated<M> tryReadAt(String text, UsageSite site, JsonSchema<M, ?> schema) {
            return json.tryReadAt(text, site, schema);
        }

        @Override
        public <M> Validated<M> tryReadAt(InputStream in, UsageSite site, JsonSchema<M, ?> schema) {
            return json.tryReadAt(in, site, schema);
        }

        @Override
        public <M> Validated<M> tryReadAt(byte[] bytes, int offset, int length, UsageSite site, JsonSchema<M, ?> schema) {
            return json.tryReadAt(bytes, offset, length, site, schema);
        }

        @Override
        public <M> Validated<M> tryRead(byte[] bytes, int offset, int length, JsonSchema<M, ?> schema) {
            return json.tryRead(bytes, offset, length, schema);
        }

        @Override
        public <X, M extends X> Validated<M> tryReadResponse(byte[] bytes, int offset, int length, UsageSurface<X, M> surface) {
            return json.tryReadResponse(bytes, offset, length, surface);
        }

        @Override
        public <X, M extends X> Validated<M> tryReadResponse(byte[] bytes, UsageSurface<X, M> surface) {
            return json.tryReadResponse(bytes, surface);
        }

        @Override
        public <X, M extends X> Total<X, M> tryReadStream(InputStream events, UsageSurface<X, M> surface) {
            return json.tryReadStream(events, surface);
        }

        @Override
        public <X, M extends X> Total<X, M> tryReadStream(Reader events, UsageSurface<X, M> surface) {
            return json.tryReadStream(events, surface);
        }

        @Override
        public <X, M extends X> Total<X, M> tryReadStream(InputStream events, UsageSurface<X, M> surface,
                long maxDocumentLength) {
            return dev.usageschema.jackson3.UsageJson.using(tools.jackson.core.json.JsonFactory.builder().streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                    .maxDocumentLength(maxDocumentLength).build()).build()).tryReadStream(events, surface);
        }

        @Override
        public <M> InPlace<M> readInPlace(String text, String field, boolean onObject, JsonSchema<M, ?> schema) {
            try (tools.jackson.core.JsonParser parser = new tools.jackson.core.json.JsonFactory()
                    .createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
                tools.jackson.core.JsonToken token = parser.nextToken();
                while (!(token == tools.jackson.core.JsonToken.PROPERTY_NAME && field.equals(parser.currentName())
                        && parser.streamReadContext().getParent().inRoot())) {
                    token = parser.nextToken();
                }
                if (onObject) {
                    parser.nextToken();
                }
                Validated<M> read = dev.usageschema.jackson3.UsageJson.tryReadValue(parser, schema);
                tools.jackson.core.JsonToken next;
                try {
                    next = parser.nextToken();
                } catch (tools.jackson.core.JacksonException stopped) {
                    return new InPlace<>(read, "unreadable");
                }
                return new InPlace<>(read, next == tools.jackson.core.JsonToken.PROPERTY_NAME ? parser.currentName()
                        : String.valueOf(next));
            }
        }

        @Override
        public String toString() {
            return "Jackson 3";
        }
        };
    }
}
