package dev.usageschema.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.usageschema.json.JsonSchema;

/**
 * Writes one schema's model, or any implementation of its interface after checking it, in its wire
 * shape. {@link UsageSchemaModule} registers one per schema for the interface and the model; a
 * generated model names a subclass in {@code @JsonSerialize}, so that a mapper without the module
 * writes the model too, rather than an empty object.
 */
public class SchemaSerializer extends JsonSerializer<Object> {

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
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) {
        write(schema, value, generator);
    }

    private static <M> void write(JsonSchema<M, ?> schema, Object value, JsonGenerator generator) {
        UsageJson.write(schema.toModel(value), schema, generator);
    }
}
