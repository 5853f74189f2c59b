package dev.usageschema.examples.json;

import dev.usageschema.NotACount;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import dev.usageschema.examples.providers.Modality;
import dev.usageschema.examples.providers.OpenAiPromptDetails;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A usage with a required property of every kind JSON gives: what a value the reader refuses leaves behind. */
@UsageSchema(naming = WireNaming.SNAKE_CASE)
public interface EveryKindUsage {

    long promptTokens();

    int cachedTokens();

    double billedTokens();

    @NotACount
    double seconds();

    boolean streamed();

    String model();

    Modality modality();

    OpenAiPromptDetails details();

    List<OpenAiPromptDetails> segments();

    List<String> tags();

    Set<Long> ids();

    Map<String, Double> rates();

    List<Boolean> flags();

    List<BigInteger> amounts();
}
