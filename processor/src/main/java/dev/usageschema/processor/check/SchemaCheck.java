package dev.usageschema.processor.check;

import dev.usageschema.processor.model.Diagnostics;
import dev.usageschema.processor.model.Schema;

/** One rule about schemas. */
interface SchemaCheck {

    void check(Schema schema, Diagnostics diagnostics);
}
