package dev.usageschema.examples;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.examples.providers.ImmutableOpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiChatUsage;
import dev.usageschema.examples.providers.OpenAiCompletionDetails;
import dev.usageschema.examples.providers.OpenAiPromptDetails;
import dev.usageschema.examples.seeds.seed000.ImmutableDeploymentStreamUsage;
import dev.usageschema.examples.seeds.seed001.ImmutableStreamedCompletionsResultUsage;
import dev.usageschema.examples.seeds.seed002.ImmutablePostV2ProxyCompletionsUsage;
import dev.usageschema.examples.seeds.seed003.ImmutableCompletionUsage;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.examples.totals.AnthropicStream;
import dev.usageschema.examples.totals.DailyTotals;
import dev.usageschema.json.JsonSchema;
import dev.usageschema.sum.Rejected;
import dev.usageschema.sum.Total;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JSON example of each seed shape (the files under {@code json/}), then the two examples
 * that the seeds' own SDK pages get wrong, and shows how each is rejected; then adds usage up: a
 * gateway's daily total per user, a wrong call set aside and the good calls' total still there, and
 * an Anthropic stream's events made into one usage. The SDK pages of seeds
 * 000 and 002 show no values; their files hold made-up ones.
 */
public final class Demo {

    private static final UsageJson JSON = UsageJson.standard();

    private Demo() {
    }

    public static void main(String[] args) {
        System.out.println("Valid values, one per seed shape, read from JSON:");
        show("seed000.json", ImmutableDeploymentStreamUsage.jsonSchema());
        show("seed001.json", ImmutableStreamedCompletionsResultUsage.jsonSchema());
        show("seed002.json", ImmutablePostV2ProxyCompletionsUsage.jsonSchema());
        show("seed003.json", ImmutableCompletionUsage.jsonSchema());
        show("seed004.json", dev.usageschema.examples.seeds.seed004.ImmutableCompletionUsage.jsonSchema());

        System.out.println();
        System.out.println("The seeds' own wrong examples, read from JSON:");
        show("seed003-wrong.json", ImmutableCompletionUsage.jsonSchema());
        show("seed004-wrong.json", dev.usageschema.examples.seeds.seed004.ImmutableCompletionUsage.jsonSchema());

        System.out.println();
        System.out.println("A gateway's daily total for one user, the third call's usage wrong (total_tokens 99,"
                + " not 15):");
        DailyTotals totals = new DailyTotals();
        LocalDate day = LocalDate.of(2026, 11, 22);
        OpenAiChatUsage good = JSON.read(example("providers/openai-chat.json"), ImmutableOpenAiChatUsage.jsonSchema());
        totals.record("ada", day, "req-1", good);
        totals.record("ada", day, "req-2", good);
        totals.record("ada", day, "req-3", new ReportedUsage(10, 5, 99));
        totals.record("ada", day, "req-4", good);
        print(totals.total("ada", day));

        System.out.println();
        System.out.println("An Anthropic stream (json/streams/anthropic-message.jsonl) made into one usage:");
        print(AnthropicStream.usage(new String(example("streams/anthropic-message.jsonl"), StandardCharsets.UTF_8)
                .lines().toList()));
    }

    /** A usage as a caller's own class reports it, here with a total that is not its parts' sum. */
    private record ReportedUsage(long promptTokens, long completionTokens, long totalTokens) implements OpenAiChatUsage {
        @Override
        public Optional<OpenAiPromptDetails> promptTokensDetails() {
            return Optional.empty();
        }

        @Override
        public Optional<OpenAiCompletionDetails> completionTokensDetails() {
            return Optional.empty();
        }

        @Override
        public Map<String, Object> extra() {
            return Map.of();
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

    private static <M> void show(String file, JsonSchema<M, ?> schema) {
        Validated<M> result = JSON.tryRead(example(file), schema);
        if (result.isValid()) {
            System.out.println("  " + file + " accepted: " + result.value().orElseThrow());
            return;
        }
        System.out.println("  " + file + " rejected:");
        for (Violation violation : result.violations()) {
            System.out.println("    " + violation.wirePath() + ": " + violation.message());
        }
    }

    /**
     * {@return the bytes of an example file under {@code json/}}
     * @param file its name, such as {@code seed001.json}
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
