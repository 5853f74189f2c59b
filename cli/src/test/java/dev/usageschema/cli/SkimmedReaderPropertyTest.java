package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.Validated;
import dev.usageschema.jackson3.UsageJson;
import dev.usageschema.json.UsageSite;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.providers.openai.ChatUsage;
import dev.usageschema.providers.openai.ImmutableChatUsage;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A response read through the skim gives exactly what its full reading gives: the verdict, the usage,
 * and every violation with its paths and words, for responses as they come and garbled every way
 * ({@link GarbledResponses}); and the skim answers for a good share of them, so that both ways are
 * taken.
 */
class SkimmedReaderPropertyTest {

    /** Each read logs its warnings, and these reads are thousands: held here, so that its level stays. */
    private static final Logger LIBRARY_LOG = Logger.getLogger("dev.usageschema");

    static {
        LIBRARY_LOG.setLevel(Level.OFF);
    }

    @SuppressWarnings("unchecked") // the catalogue's openai-chat surface is ChatUsage's
    private static final UsageSurface<ChatUsage, ImmutableChatUsage> SURFACE = (UsageSurface<ChatUsage, ImmutableChatUsage>)
            ProviderTargets.surface("openai-chat").usageSurface();
    private static final UsageSite DEEPER = UsageSite.at("/data/usage");

    private static final Target.Reader<ImmutableChatUsage> FULL_RESPONSE =
            (json, offset, length) -> UsageJson.standard().tryReadResponse(json, offset, length, SURFACE);
    private static final Target.Reader<ImmutableChatUsage> FULL_AT_DEEPER =
            (json, offset, length) -> UsageJson.standard().tryReadAt(json, offset, length, DEEPER, SURFACE.schema());

    @Property(tries = 4000)
    void aResponseReadThroughTheSkimIsReadAsItsFullReadingReadsIt(@ForAll("responses") byte[] line) {
        assertSame(SkimmedReader.of(SURFACE.responseSite(), SURFACE.schema(), FULL_RESPONSE), FULL_RESPONSE, line,
                ResponseSkim.of(SURFACE.responseSite()));
    }

    @Property(tries = 1500)
    void aUsageTwoNamesDeepIsReadAsItsFullReadingReadsIt(@ForAll("deeperResponses") byte[] line) {
        assertSame(SkimmedReader.of(DEEPER, SURFACE.schema(), FULL_AT_DEEPER), FULL_AT_DEEPER, line,
                ResponseSkim.of(DEEPER));
    }

    @Provide
    Arbitrary<byte[]> responses() {
        return Arbitraries.randomValue(random -> GarbledResponses.line(random, null));
    }

    @Provide
    Arbitrary<byte[]> deeperResponses() {
        return Arbitraries.randomValue(random -> GarbledResponses.line(random, "data"));
    }

    private static void assertSame(Target.Reader<ImmutableChatUsage> skimmed, Target.Reader<ImmutableChatUsage> full,
            byte[] line, ResponseSkim skim) {
        // A line inside a larger buffer, as the line reader hands it over.
        byte[] buffer = new byte[line.length + 6];
        System.arraycopy(line, 0, buffer, 3, line.length);
        boolean answered = skim.usage(buffer, 3, 3 + line.length) != null;
        Statistics.label("skim answers").collect(answered);
        Statistics.label("skim answers").coverage(coverage -> {
            coverage.check(true).percentage(share -> share > 20);
            coverage.check(false).percentage(share -> share > 20);
        });
        Validated<ImmutableChatUsage> quick = skimmed.read(buffer, 3, line.length);
        Validated<ImmutableChatUsage> expected = full.read(line, 0, line.length);
        String context = shown(new String(line, StandardCharsets.UTF_8)) + "\n" + shown(HexFormat.of().formatHex(line));
        assertWithMessage(context).that(quick.violations()).containsExactlyElementsIn(expected.violations()).inOrder();
        assertWithMessage(context).that(quick.isValid()).isEqualTo(expected.isValid());
        assertWithMessage(context).that(quick.value()).isEqualTo(expected.value());
    }

    /** A line as a failure shows it: the first 2,000 characters of the longest lines. */
    private static String shown(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "... (" + text.length() + " in all)";
    }
}
