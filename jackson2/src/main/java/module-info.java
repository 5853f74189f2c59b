/** Generated models from and to JSON through Jackson 2's streaming API. */
module dev.usageschema.jackson2 {
    requires transitive dev.usageschema;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.usageschema.jackson2;

    uses dev.usageschema.json.JsonSchema;
    provides com.fasterxml.jackson.databind.Module with dev.usageschema.jackson2.UsageSchemaModule;
}
