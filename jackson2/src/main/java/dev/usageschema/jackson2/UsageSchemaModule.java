package dev.usageschema.jackson2;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.ReadWarnings;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Jackson 2 databind support for generated models: registered on an {@code ObjectMapper}, it reads
 * and writes each given schema's interface and model wherever they appear (the root, a field of the
 * caller's own classes, list elements, map values), through the same reader as {@link UsageJson}.
 * A value that breaks an error rule, or is not readable JSON, fails the read with an
 * {@link InvalidUsageException}, Jackson's exception for input that does not fit its type, at the
 * root as inside the caller's classes; its cause is a {@link dev.usageschema.UsageViolationException}
 * listing every violation, each at its JSON Pointer within the usage object. Warnings are logged as
 * {@link ReadWarnings} says: each schema's warning at a wire path once, and a bounded number in all.
 * A tree is read only from a mapper whose trees refuse a key given twice, and a number a tree holds
 * only as a double only where the double shows what it was (see {@link SchemaDeserializer}).
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder()
 *         .addModule(UsageSchemaModule.of(ImmutableChatUsage.jsonSchema(), ImmutableEmbeddingUsage.jsonSchema()))
 *         .build();
 * ChatUsage usage = mapper.readValue(json, ChatUsage.class);
 * }</pre>
 */
public final class UsageSchemaModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * A module for every model whose JSON form is listed in a
     * {@code META-INF/services/dev.usageschema.json.JsonSchema} file on the class path, which the
     * processor writes, or provided by a module on the module path ({@code provides
     * dev.usageschema.json.JsonSchema with ImmutableX.Json, ...}): what Jackson's module discovery
     * ({@code findAndAddModules}) creates. A listed form whose class is gone (a stale entry of an
     * earlier build) is skipped. Finding none is logged as a warning: a mapper with this module then
     * reads no generated model.
     */
    public UsageSchemaModule() {
        this(true);
    }

    private UsageSchemaModule(boolean discover) {
        super("usage-schema");
        if (discover) {
            ReadWarnings warnings = new ReadWarnings();
            @SuppressWarnings("rawtypes") // a class literal is raw; each listed form is a JsonSchema<?, ?>
            Iterator<JsonSchema> listed = ServiceLoader.load(JsonSchema.class).iterator();
            boolean found = false;
            while (listed.hasNext()) {
                try {
                    JsonSchema<?, ?> form = listed.next();
                    add(form, warnings);
                    found = true;
                } catch (ServiceConfigurationError stale) {
                    // Listed by an earlier build, not on the class path any more.
                }
            }
            if (!found) {
                System.getLogger("dev.usageschema").log(System.Logger.Level.WARNING, "UsageSchemaModule found no JSON"
                        + " form of a generated model, so that its mapper reads none: on the class path the processor"
                        + " lists them in META-INF/services/dev.usageschema.json.JsonSchema; on the module path the"
                        + " module of schemas declares provides dev.usageschema.json.JsonSchema with ImmutableX.Json, ...");
            }
        }
    }

    /**
     * {@return a module reading and writing the models of {@code schemas}}
     * @param schemas each model's JSON form, {@code ImmutableX.jsonSchema()}
     */
    public static UsageSchemaModule of(JsonSchema<?, ?>... schemas) {
        UsageSchemaModule module = new UsageSchemaModule(false);
        ReadWarnings warnings = new ReadWarnings();
        for (JsonSchema<?, ?> schema : schemas) {
            module.add(schema, warnings);
        }
        return module;
    }

    private <M> void add(JsonSchema<M, ?> schema, ReadWarnings warnings) {
        addDeserializer(schema.modelType(), new SchemaDeserializer<>(schema, warnings));
        addReader(schema.schemaType(), schema, warnings);
        SchemaSerializer writer = new SchemaSerializer(schema);
        addSerializer(schema.modelType(), writer);
        addSerializer(schema.schemaType(), writer);
    }

    /** The interface reads as its model, which implements it. */
    @SuppressWarnings("unchecked")
    private <M> void addReader(Class<? super M> schemaType, JsonSchema<M, ?> schema, ReadWarnings warnings) {
        addDeserializer((Class<M>) schemaType, new SchemaDeserializer<>(schema, warnings));
    }
}
