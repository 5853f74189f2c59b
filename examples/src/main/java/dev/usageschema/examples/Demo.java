package dev.usageschema.examples;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.totals.AnthropicStream;
import dev.usageschema.examples.totals.DailyTotals;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;
import dev.usageschema.providers.openai.ChatUsage;
import dev.usageschema.sum.Rejected;
import dev.usageschema.sum.Total;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads one whole response of each seed gateway (the files under {@code json/responses/}) through its
 * surface of the provider catalogue, then the two examples that the seeds' own SDK pages get wrong, and
 * shows how each is rejected; then adds usage up: a gateway's daily total per user, a wrong call set
 * aside and the good calls' total still there, and an Anthropic stream's events made into one usage, by
 * databind into the caller's own event records and by the catalogue's surface.
 * The SDK pages of seeds 000 and 002 show no values; their files hold made-up ones.
 */
public final class Demo {

    private static final UsageJson JSON = UsageJson.standard();

    private Demo() {
    }

    public static void main(String[] args) {
        System.out.println("Valid responses, one per seed gateway, read through the catalogue:");
        show("orq-deployment-stream", "orq-deployment-stream.json");
        show("friendli-streamed-completions", "friendli-streamed-completions.json");
        show("orq-proxy-completions", "orq-proxy-completions.json");
        show("opper", "opper.json");
        show("atoma", "atoma.json");

        System.out.println();
        System.out.println("The seeds' own wrong examples, in whole responses:");
        show("opper", "opper-wrong.json");
        show("atoma", "atoma-wrong.json");

        System.out.println();
        System.out.println("A gateway's daily total for one user, the third call's usage wrong (total_tokens 99,"
                + " not 15):");
        DailyTotals totals = new DailyTotals();
        LocalDate day = LocalDate.of(2026, 11, 22);
        ChatUsage good = read(Providers.OPENAI_CHAT, "openai-chat.json").value().orElseThrow();
        totals.record("ada", day, "req-1", good);
        totals.record("ada", day, "req-2", good);
        totals.record("ada", day, "req-3", new ReportedUsage(10, 5, 99));
        totals.record("ada", day, "req-4", good);
        print(totals.total("ada", day));

        System.out.println();
        System.out.println("An Anthropic stream (json/streams/anthropic-message.jsonl) made into one usage:");
        print(AnthropicStream.usage(new String(example("streams/anthropic-message.jsonl"), StandardCharsets.UTF_8)
                .lines().toList()));

        System.out.println();
        System.out.println("The same stream as server-sent events (json/streams/anthropic-message.sse), read through the"
                + " catalogue's anthropic-messages surface:");
        print(JSON.tryReadStream(new ByteArrayInputStream(example("streams/anthropic-message.sse")),
                Providers.ANTHROPIC_MESSAGES.usageSurface()));
    }

    /** A usage as a caller's own class reports it, here with a total that is not its parts' sum. */
    private record ReportedUsage(long promptTokens, long completionTokens, long totalTokens) implements ChatUsage {
        @Override
        public Optional<PromptDetails> promptTokensDetails() {
            return Optional.empty();
        }

        @Override
        public Optional<CompletionDetails> completionTokensDetails() {
            return Optional.empty();
        }
    }

    private static <X, M extends X> void print(Total<X, M> total) {
        System.out.println("  " + total.acceptedCount() + " accepted, " + total.rejectedCount() + " set aside; sum: "
                + total.sum().map(String::valueOf).orElse("none"));
        for (Violation warning : total.warnings()) {
            System.out.println("  warning " + warning.wirePath() + ": " + warning.message());
        }
        for (Rejected<X> rejected : total.rejected()) {
            for (Violation error : rejected.errors()) {
                System.out.println("  set aside, #" + rejected.index() + rejected.key().map(key -> " (" + key + ")")
                        .orElse("") + ": " + error.wirePath() + ": " + error.message());
            }
        }
    }

    private static void show(String id, String file) {
        Validated<?> result = read(Providers.named(id).orElseThrow(), file);
        if (result.isValid()) {
            System.out.println("  " + file + " (" + id + ") accepted: " + result.value().orElseThrow());
            return;
        }
        System.out.println("  " + file + " (" + id + ") rejected:");
        for (Violation violation : result.violations()) {
            System.out.println("    " + violation.wirePath() + ": " + violation.message());
        }
    }

    /** Reads the usage of a whole response where the surface says it sits: its violations name paths in the response. */
    private static <X, M extends X> Validated<M> read(ProviderSurface<X, M> surface, String file) {
        return JSON.tryReadResponse(example("responses/" + file), surface.usageSurface());
    }

    /**
     * {@return the bytes of an example file under {@code json/}}
     * @param file its name, such as {@code responses/opper.json}
     */
    public static byte[] example(String file) {
        try (InputStream in = Demo.class.getResourceAsStream("/json/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no example json/" + file + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
