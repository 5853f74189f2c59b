package readme.catalogue;

import dev.usageschema.Validated;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;
import dev.usageschema.providers.anthropic.ImmutableMessagesUsage;
import dev.usageschema.providers.anthropic.MessagesUsage;
import dev.usageschema.sum.Total;
import java.io.InputStream;

/** What the blocks of README's "Provider catalogue" take as given. */
abstract class Given {
    byte[] body;
    InputStream sse;
}
