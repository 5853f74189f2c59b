package readme.canonical;

import dev.usageschema.*;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import java.util.Optional;

/** What the blocks of README's "Canonical usage" take as given. */
abstract class Given {
    ImmutableOpenAiChatUsage usage;
}
