/** Generated models from and to JSON through Jackson 3's streaming API. */
module dev.usageschema.jackson3 {
    requires transitive dev.usageschema;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;

    exports dev.usageschema.jackson3;

    uses dev.usageschema.json.JsonSchema;
    provides tools.jackson.databind.JacksonModule with dev.usageschema.jackson3.UsageSchemaModule;
}
