package dev.usageschema.jackson3;

import dev.usageschema.json.JsonSchema;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes one schema's model, or any implementation of its interface after checking it, in its wire
 * shape. {@link UsageSchemaModule} registers one per schema for the interface and the model; a
 * generated model names a subclass in {@code @JsonSerialize}, so that a mapper without the module
 * writes the model too, rather than an empty object.
 */
public class SchemaSerializer extends ValueSerializer<Object> {

    private final JsonSchema<?, ?> schema;

    /**
     * For the subclass a generated model names.
     *
     * @param schema the model's JSON form
     */
    protected SchemaSerializer(JsonSchema<?, ?> schema) {
        this.schema = schema;
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
        write(schema, value, generator);
    }

    private static <M> void write(JsonSchema<M, ?> schema, Object value, JsonGenerator generator) {
        UsageJson.write(schema.toModel(value), schema, generator);
    }
}
