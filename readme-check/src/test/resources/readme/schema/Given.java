package readme.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.usageschema.*;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.jackson2.UsageSchemaModule;
import dev.usageschema.json.EventSelector;
import dev.usageschema.json.StreamSites;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.sum.GroupedTotals;
import dev.usageschema.sum.Total;
import dev.usageschema.sum.UsageStream;
import dev.usageschema.sum.UsageTotal;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the blocks of README's "A schema", "JSON" and "Adding usage up" take as given; the types
 * they declare (ChatUsage, OpenAiChatUsage...) are README's own.
 */
abstract class Given {
    UsageJson json;
    byte[] bytes;
    byte[] responseBytes;
    String responseBody;
    InputStream sse;
    ImmutableOpenAiChatUsage first;
    ImmutableOpenAiChatUsage second;
    List<ImmutableOpenAiChatUsage> calls;
    List<Event> events;
    ImmutableChatUsage usage;
}
