package dev.usageschema.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import dev.usageschema.UsageViolationException;
import dev.usageschema.Validated;
import dev.usageschema.json.JsonReader;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.json.ReadWarnings;
import java.io.IOException;

/**
 * Reads one schema's model wherever databind meets it, through the runtime's reader and every check
 * of the schema; a value it refuses is an {@link InvalidUsageException}. From a {@code JsonNode}
 * tree ({@code treeToValue}) it reads only when the mapper's trees refuse a key given twice
 * ({@code DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY}); a number that a tree or Java values
 * hold only as a {@code double} is judged where the double shows what the literal was, and is
 * {@code MALFORMED} where it may stand for another ({@code USE_BIG_DECIMAL_FOR_FLOATS} keeps every
 * literal's exact value). {@link UsageSchemaModule}
 * registers one per schema for the interface and the model; a generated model names a subclass in
 * {@code @JsonDeserialize}, so that a mapper without the module reads the model too.
 *
 * @param <M> the model
 */
public class SchemaDeserializer<M> extends JsonDeserializer<M> {

    private final JsonSchema<M, ?> schema;
    private final ReadWarnings warnings;

    /**
     * For the subclass a generated model names, which Jackson makes once per mapper.
     *
     * @param schema the model's JSON form
     */
    protected SchemaDeserializer(JsonSchema<M, ?> schema) {
        this(schema, new ReadWarnings());
    }

    SchemaDeserializer(JsonSchema<M, ?> schema, ReadWarnings warnings) {
        this.schema = schema;
        this.warnings = warnings;
    }

    @Override
    public M deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return schema.modelType().cast(context.handleUnexpectedToken(schema.modelType(), parser));
        }
        String unseen = TreeSources.unseenDuplicates(context, schema.name());
        if (unseen != null) {
            throw new InvalidUsageException(parser, schema.modelType(),
                    new UsageViolationException(schema.name(), JsonReader.unreadable(schema, unseen).violations()));
        }
        Validated<M> read = JsonReader.tryReadValue(new ParserTokens(parser), schema);
        if (!read.isValid()) {
            throw new InvalidUsageException(parser, schema.modelType(),
                    new UsageViolationException(schema.name(), read.violations()));
        }
        warnings.log(schema.name(), read.violations());
        return read.orElseThrow();
    }
}
