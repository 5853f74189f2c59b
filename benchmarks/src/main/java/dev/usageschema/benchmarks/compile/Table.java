package dev.usageschema.benchmarks.compile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The results as a Markdown table, one row per contender and N, ratios to records at the same N. */
final class Table {

    private Table() {
    }

    static String of(List<CompileTimeBenchmark.Result> results) {
        StringBuilder table = new StringBuilder()
                .append("| contender | units | types | median wall ms | min-max wall ms | wall ratio to records"
                        + " | median CPU ms | CPU ratio to records | peak RSS MiB | generated lines per type"
                        + " | generated code lines per type |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (CompileTimeBenchmark.Result result : results) {
            Optional<CompileTimeBenchmark.Result> records = results.stream()
                    .filter(other -> other.contender() == Contender.RECORDS && other.units() == result.units())
                    .findFirst();
            long[] walls = result.runs().stream().mapToLong(Javac.Run::wallNanos).sorted().toArray();
            int types = result.units() * Contender.TYPES_PER_UNIT;
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %d-%d | %s | %s | %s | %s | %s | %s |%n",
                    result.contender(), result.units(), types,
                    result.medianMillis(), walls[0] / 1_000_000, walls[walls.length - 1] / 1_000_000,
                    ratio(result, records, CompileTimeBenchmark.Result::medianMillis),
                    number(result.medianCpuMillis()),
                    ratio(result, records, CompileTimeBenchmark.Result::medianCpuMillis),
                    number(result.medianPeakMib()),
                    perType(result, result.generated().lines(), types),
                    perType(result, result.generated().codeLines(), types)));
        }
        return table.toString();
    }

    private static String ratio(CompileTimeBenchmark.Result result, Optional<CompileTimeBenchmark.Result> records,
            ToDoubleFunction<CompileTimeBenchmark.Result> figure) {
        return records.map(r -> figure.applyAsDouble(result) / figure.applyAsDouble(r))
                .filter(ratio -> !ratio.isNaN())
                .map(ratio -> String.format(Locale.ROOT, "%.2fx", ratio))
                .orElse("-");
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String perType(CompileTimeBenchmark.Result result, long lines, int types) {
        return result.contender().generates() ? String.format(Locale.ROOT, "%.0f", (double) lines / types) : "-";
    }
}
