package dev.usageschema.examples.json;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableGeminiUsageMetadata;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.json.JsonSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One Jackson major's direct API, as the shared JSON tests use it. */
interface JsonBackend {

    <M> Validated<M> tryRead(byte[] json, JsonSchema<M, ?> schema);

    <M> String write(M model, JsonSchema<M, ?> schema);

    <M> Validated<M> tryRead(InputStream json, JsonSchema<M, ?> schema);

    default <M> Validated<M> tryRead(String json, JsonSchema<M, ?> schema) {
        return tryRead(json.getBytes(StandardCharsets.UTF_8), schema);
    }

    /** {@code UsageJson.tryRead(String)}, which reads the characters rather than their UTF-8. */
    <M> Validated<M> tryReadString(String json, JsonSchema<M, ?> schema);

    default <M> M read(String json, JsonSchema<M, ?> schema) {
        return tryRead(json, schema).orElseThrow();
    }

    /** Reads through the major's databind mapper, with {@link #SCHEMAS} registered; failures unchecked. */
    <T> T mapperRead(String json, Class<T> type);

    /** Writes through the major's databind mapper, with {@link #SCHEMAS} registered. */
    String mapperWrite(Object value);

    /** Reads through a mapper that found its modules itself ({@code findAndAddModules}). */
    <T> T discoveringMapperRead(String json, Class<T> type);

    /**
     * The same major's direct API with small limits: numbers of at most 10 characters, strings of
     * 20, nesting 5 deep, documents of 200 bytes.
     */
    JsonBackend limited();

    /** A mapper of the major with {@code schemas} registered through {@code UsageSchemaModule.of}, and {@code options}. */
    Databind databind(Set<Option> options, JsonSchema<?, ?>... schemas);

    /** A mapper of the major without the module. */
    Databind plainDatabind();

    /** {@return the major's exception for input that does not fit its type: {@code JsonMappingException}, {@code DatabindException}} */
    Class<? extends Exception> mappingException();

    /** {@return the violations of the major's {@code InvalidUsageException}, failing when {@code thrown} is not one} */
    List<Violation> violationsOf(Throwable thrown);

    /** What a test mapper has beside Jackson's defaults. */
    enum Option {
        /** {@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS}: trees keep each literal's exact value. */
        BIG_DECIMALS,
        /** {@code DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY}: reading a tree refuses a key given twice. */
        TREES_REFUSE_DUPLICATES,
        /** The mapper's factory holds bytes to UTF-8: {@code UsageJson.checkingUtf8}. */
        CHECKED_UTF8    }

    /** One major's databind mapper, as the tests use it. */
    interface Databind {
        <T> T read(String json, Class<T> type) throws Exception;

        <T> T read(byte[] json, Class<T> type) throws Exception;

        /** Reads {@code json} into a tree, then the tree into {@code type}. */
        <T> T treeToValue(String json, Class<T> type) throws Exception;

        /** {@code convertValue} of what {@code json} reads into as a {@code Map}. */
        <T> T convertValue(String json, Class<T> type) throws Exception;

        String write(Object value) throws Exception;
    }

    /** The schemas the mappers know. */
    JsonSchema<?, ?>[] SCHEMAS = {ImmutableOpenAiChatUsage.jsonSchema(), ImmutableGeminiUsageMetadata.jsonSchema()};

    JsonBackend JACKSON_2 = new JsonBackend() {
        @Override
        public <M> Validated<M> tryRead(byte[] json, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson2.UsageJson.standard().tryRead(json, schema);
        }

        @Override
        public <M> Validated<M> tryReadString(String json, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson2.UsageJson.standard().tryRead(json, schema);
        }

        @Override
        public <M> String write(M model, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson2.UsageJson.standard().write(model, schema);
        }

        @Override
        public <M> Validated<M> tryRead(InputStream json, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson2.UsageJson.standard().tryRead(json, schema);
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
        public <T> T discoveringMapperRead(String json, Class<T> type) {
            try {
                return com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules().build()
                        .readValue(json, type);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        @Override
        public JsonBackend limited() {
            dev.usageschema.jackson2.UsageJson limited = dev.usageschema.jackson2.UsageJson.using(
                    com.fasterxml.jackson.core.JsonFactory.builder()
                            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                                    .maxNumberLength(10).maxStringLength(20).maxNestingDepth(5).maxDocumentLength(200)
                                    .build())
                            .build());
            return new Limited(this) {
                @Override
                public <M> Validated<M> tryRead(byte[] json, JsonSchema<M, ?> schema) {
                    return limited.tryRead(json, schema);
                }
            };
        }

        @Override
        public Databind databind(Set<Option> options, JsonSchema<?, ?>... schemas) {
            com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
            return databind(com.fasterxml.jackson.databind.json.JsonMapper.builder(options.contains(Option.CHECKED_UTF8)
                            ? dev.usageschema.jackson2.UsageJson.checkingUtf8(factory) : factory)
                    .addModule(dev.usageschema.jackson2.UsageSchemaModule.of(schemas))
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                            options.contains(Option.BIG_DECIMALS))
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                            options.contains(Option.TREES_REFUSE_DUPLICATES))
                    .build());
        }

        @Override
        public Databind plainDatabind() {
            return databind(com.fasterxml.jackson.databind.json.JsonMapper.builder().build());
        }

        private Databind databind(com.fasterxml.jackson.databind.ObjectMapper mapper) {
            return new Databind() {
                @Override
                public <T> T read(String json, Class<T> type) throws Exception {
                    return mapper.readValue(json, type);
                }

                @Override
                public <T> T read(byte[] json, Class<T> type) throws Exception {
                    return mapper.readValue(json, type);
                }

                @Override
                public <T> T treeToValue(String json, Class<T> type) throws Exception {
                    return mapper.treeToValue(mapper.readTree(json), type);
                }

                @Override
                public <T> T convertValue(String json, Class<T> type) throws Exception {
                    Map<?, ?> values = mapper.readValue(json, Map.class);
                    try {
                        return mapper.convertValue(values, type);
                    } catch (IllegalArgumentException wrapped) {
                        // Jackson 2's convertValue wraps what failed in an IllegalArgumentException.
                        throw wrapped.getCause() instanceof Exception cause ? cause : wrapped;
                    }
                }

                @Override
                public String write(Object value) throws Exception {
                    return mapper.writeValueAsString(value);
                }
            };
        }

        @Override
        public Class<? extends Exception> mappingException() {
            return com.fasterxml.jackson.databind.JsonMappingException.class;
        }

        @Override
        public List<Violation> violationsOf(Throwable thrown) {
            if (thrown instanceof dev.usageschema.jackson2.InvalidUsageException invalid) {
                return invalid.violations();
            }
            throw new AssertionError("not an InvalidUsageException: " + thrown, thrown);
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
        public <M> Validated<M> tryReadString(String json, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson3.UsageJson.standard().tryRead(json, schema);
        }

        @Override
        public <M> String write(M model, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson3.UsageJson.standard().write(model, schema);
        }

        @Override
        public <M> Validated<M> tryRead(InputStream json, JsonSchema<M, ?> schema) {
            return dev.usageschema.jackson3.UsageJson.standard().tryRead(json, schema);
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
        public <T> T discoveringMapperRead(String json, Class<T> type) {
            return tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build().readValue(json, type);
        }

        @Override
        public JsonBackend limited() {
            dev.usageschema.jackson3.UsageJson limited = dev.usageschema.jackson3.UsageJson.using(
                    tools.jackson.core.json.JsonFactory.builder()
                            .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder()
                                    .maxNumberLength(10).maxStringLength(20).maxNestingDepth(5).maxDocumentLength(200)
                                    .build())
                            .build());
            return new Limited(this) {
                @Override
                public <M> Validated<M> tryRead(byte[] json, JsonSchema<M, ?> schema) {
                    return limited.tryRead(json, schema);
                }
            };
        }

        @Override
        public Databind databind(Set<Option> options, JsonSchema<?, ?>... schemas) {
            tools.jackson.core.json.JsonFactory factory = new tools.jackson.core.json.JsonFactory();
            return databind(tools.jackson.databind.json.JsonMapper.builder(options.contains(Option.CHECKED_UTF8)
                            ? dev.usageschema.jackson3.UsageJson.checkingUtf8(factory) : factory)
                    .addModule(dev.usageschema.jackson3.UsageSchemaModule.of(schemas))
                    .configure(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                            options.contains(Option.BIG_DECIMALS))
                    .configure(tools.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                            options.contains(Option.TREES_REFUSE_DUPLICATES))
                    .build());
        }

        @Override
        public Databind plainDatabind() {
            return databind(tools.jackson.databind.json.JsonMapper.builder().build());
        }

        private Databind databind(tools.jackson.databind.ObjectMapper mapper) {
            return new Databind() {
                @Override
                public <T> T read(String json, Class<T> type) {
                    return mapper.readValue(json, type);
                }

                @Override
                public <T> T read(byte[] json, Class<T> type) {
                    return mapper.readValue(json, type);
                }

                @Override
                public <T> T treeToValue(String json, Class<T> type) {
                    return mapper.treeToValue(mapper.readTree(json), type);
                }

                @Override
                public <T> T convertValue(String json, Class<T> type) {
                    return mapper.convertValue(mapper.readValue(json, Map.class), type);
                }

                @Override
                public String write(Object value) {
                    return mapper.writeValueAsString(value);
                }
            };
        }

        @Override
        public Class<? extends Exception> mappingException() {
            return tools.jackson.databind.DatabindException.class;
        }

        @Override
        public List<Violation> violationsOf(Throwable thrown) {
            if (thrown instanceof dev.usageschema.jackson3.InvalidUsageException invalid) {
                return invalid.violations();
            }
            throw new AssertionError("not an InvalidUsageException: " + thrown, thrown);
        }

        @Override
        public String toString() {
            return "Jackson 3";
        }
    };

    /** A major's API with limits on reading; writing and the mapper as the major's. */
    abstract class Limited implements JsonBackend {
        private final JsonBackend major;

        Limited(JsonBackend major) {
            this.major = major;
        }

        @Override
        public <M> Validated<M> tryReadString(String json, JsonSchema<M, ?> schema) {
            return major.tryReadString(json, schema);
        }

        @Override
        public <M> String write(M model, JsonSchema<M, ?> schema) {
            return major.write(model, schema);
        }

        @Override
        public <M> Validated<M> tryRead(InputStream json, JsonSchema<M, ?> schema) {
            return major.tryRead(json, schema);
        }

        @Override
        public <T> T mapperRead(String json, Class<T> type) {
            return major.mapperRead(json, type);
        }

        @Override
        public String mapperWrite(Object value) {
            return major.mapperWrite(value);
        }

        @Override
        public <T> T discoveringMapperRead(String json, Class<T> type) {
            return major.discoveringMapperRead(json, type);
        }

        @Override
        public JsonBackend limited() {
            return this;
        }

        @Override
        public Databind databind(Set<Option> options, JsonSchema<?, ?>... schemas) {
            return major.databind(options, schemas);
        }

        @Override
        public Databind plainDatabind() {
            return major.plainDatabind();
        }

        @Override
        public Class<? extends Exception> mappingException() {
            return major.mappingException();
        }

        @Override
        public List<Violation> violationsOf(Throwable thrown) {
            return major.violationsOf(thrown);
        }
    }
}
