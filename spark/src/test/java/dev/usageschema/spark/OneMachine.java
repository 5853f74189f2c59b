package dev.usageschema.spark;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import dev.usageschema.canonical.ImmutableCanonicalUsage;
import dev.usageschema.jackson2.UsageJson;
import dev.usageschema.json.UsageSurface;
import dev.usageschema.providers.ProviderSurface;
import dev.usageschema.providers.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** What one machine makes of the same records, straight from the catalogue and the JSON reader: the tests' oracle. */
final class OneMachine {

    /** One record's check: verdict, violations as {@code RULE SEVERITY path: message}, canonical usage or null. */
    record Expected(String verdict, List<String> violations, ImmutableCanonicalUsage usage) {
    }

    private static final UsageJson JSON = UsageJson.standard();

    private OneMachine() {
    }

    static Expected check(String provider, String line) {
        return check(Providers.named(provider).orElseThrow(), line);
    }

    private static <X, M extends X> Expected check(ProviderSurface<X, M> provider, String line) {
        UsageSurface<X, M> surface = provider.usageSurface();
        Validated<M> read = JSON.tryReadResponse(line, surface);
        if (!read.isValid()) {
            return new Expected("REJECTED", described(read.violations()), null);
        }
        Validated<ImmutableCanonicalUsage> canonical = provider.toCanonical(read.orElseThrow());
        List<String> violations = new ArrayList<>(described(read.violations()));
        if (canonical.isValid()) {
            // As the command-line check: the record's own violations only.
            return new Expected(violations.isEmpty() ? "ACCEPTED" : "ACCEPTED_WITH_WARNINGS", violations,
                    canonical.orElseThrow());
        }
        for (Violation violation : canonical.violations()) {
            violations.add(violation.rule() + " " + violation.severity() + " " + violation.wirePath()
                    + ": in the canonical usage: " + violation.message());
        }
        return new Expected("REJECTED", violations, null);
    }

    /** {@return what a row of {@link UsageCheck#CHECK} or {@link UsageCheck#RESULT} says, in the terms of {@link Expected}} */
    static Expected of(Row row) {
        List<String> violations = new ArrayList<>();
        for (Row violation : row.<Row>getList(1)) {
            violations.add(violation.getString(0) + " " + violation.getString(1) + " " + violation.getString(2) + ": "
                    + violation.getString(3));
        }
        return new Expected(row.getString(0), violations,
                row.isNullAt(2) ? null : CanonicalColumns.fromRow(row.getStruct(2)).orElseThrow());
    }

    static List<String> described(List<Violation> violations) {
        return violations.stream().map(violation -> violation.rule() + " " + violation.severity() + " "
                + violation.wirePath() + ": " + violation.message()).toList();
    }

    /** {@return the lines of a surface's fixture responses} */
    static List<String> fixtures(String provider) {
        try (InputStream in = OneMachine.class.getResourceAsStream("/provider-evidence/" + provider + "/responses.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
