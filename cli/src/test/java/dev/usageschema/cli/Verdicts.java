package dev.usageschema.cli;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The verdicts of a {@code --format jsonl} run, read back, and its summary line. */
final class Verdicts {

    static final String SCHEMA = "dev.usageschema.cli.fixtures.ChatUsage";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final List<JsonNode> verdicts = new ArrayList<>();
    final JsonNode summary;

    Verdicts(String jsonl) {
        JsonNode last = null;
        for (String line : jsonl.split("\n")) {
            JsonNode node = JSON.readTree(line);
            if (node.has("summary")) {
                last = node;
            } else {
                verdicts.add(node);
            }
        }
        summary = last == null ? null : last.get("summary");
    }

    /** {@return each verdict as {@code line outcome}, {@code 3 rejected}} */
    List<String> lines() {
        return verdicts.stream().map(node -> node.get("line").asLong() + " " + node.get("verdict").asString()).toList();
    }

    /** {@return each violation of the verdict on {@code line} as {@code RULE path: message}} */
    List<String> violations(long line) {
        List<String> found = new ArrayList<>();
        for (JsonNode verdict : verdicts) {
            if (verdict.get("line").asLong() == line) {
                for (JsonNode violation : verdict.get("violations")) {
                    found.add(violation.get("rule").asString() + " " + violation.get("path").asString() + ": "
                            + violation.get("message").asString());
                }
            }
        }
        return found;
    }

    static Verdicts of(Cli.Result result) {
        return new Verdicts(result.out());
    }
}
