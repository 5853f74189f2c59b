package dev.usageschema.benchmarks.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.usageschema.benchmarks.handwritten.HandWrittenCompletionDetails;
import dev.usageschema.benchmarks.handwritten.HandWrittenPromptDetails;
import dev.usageschema.benchmarks.handwritten.HandWrittenUsage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark shape read as a careful person reads it by hand with jackson-core's streaming parser:
 * a switch on each field name, every value's JSON type checked, a duplicate or an unknown field noted,
 * then the hand-written builders' checks. The floor the generated JSON form is measured against.
 */
public final class HandStreamingReader {

    /** A usage, or every problem found in the document (with its JSON Pointer) and by the builders. */
    public record Outcome(HandWrittenUsage usage, List<String> problems) {
    }

    private final JsonFactory factory = new JsonFactory();

    public Outcome read(byte[] json) {
        List<String> problems = new ArrayList<>();
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(": not an object");
                return new Outcome(null, problems);
            }
            HandWrittenUsage.Builder usage = HandWrittenUsage.builder();
            int seen = 0;
            boolean valid = true;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                int bit;
                switch (name) {
                    case "prompt_tokens" -> {
                        bit = 1;
                        valid &= count(parser, value, "/prompt_tokens", problems) && set(usage::promptTokens, parser);
                    }
                    case "completion_tokens" -> {
                        bit = 2;
                        valid &= count(parser, value, "/completion_tokens", problems)
                                && set(usage::completionTokens, parser);
                    }
                    case "total_tokens" -> {
                        bit = 4;
                        valid &= count(parser, value, "/total_tokens", problems) && set(usage::totalTokens, parser);
                    }
                    case "prompt_tokens_details" -> {
                        bit = 8;
                        HandWrittenPromptDetails details = promptDetails(parser, value, problems);
                        valid &= details != null;
                        usage.promptTokensDetails(details);
                    }
                    case "completion_tokens_details" -> {
                        bit = 16;
                        HandWrittenCompletionDetails details = completionDetails(parser, value, problems);
                        valid &= details != null;
                        usage.completionTokensDetails(details);
                    }
                    default -> {
                        bit = 0;
                        problems.add("/" + name + ": unknown field, dropped");
                        parser.skipChildren();
                    }
                }
                if ((seen & bit) != 0) {
                    problems.add("/" + name + ": duplicate field");
                    valid = false;
                }
                seen |= bit;
            }
            if ((seen & 7) != 7) {
                problems.add(": a required count is missing");
                return new Outcome(null, problems);
            }
            if (parser.nextToken() != null) {
                problems.add(": more JSON after the object");
                return new Outcome(null, problems);
            }
            List<String> checks = usage.problems();
            problems.addAll(checks);
            return new Outcome(valid && checks.isEmpty() ? usage.build() : null, problems);
        } catch (IOException malformed) {
            problems.add(": malformed: " + malformed.getMessage());
            return new Outcome(null, problems);
        }
    }

    private static HandWrittenPromptDetails promptDetails(JsonParser parser, JsonToken token, List<String> problems)
            throws IOException {
        if (token != JsonToken.START_OBJECT) {
            problems.add("/prompt_tokens_details: not an object");
            parser.skipChildren();
            return null;
        }
        HandWrittenPromptDetails.Builder details = HandWrittenPromptDetails.builder();
        boolean valid = true;
        for (JsonToken field = parser.nextToken(); field == JsonToken.FIELD_NAME; field = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "cached_tokens" -> valid &= count(parser, value, "/prompt_tokens_details/cached_tokens", problems)
                        && set(details::cachedTokens, parser);
                case "audio_tokens" -> valid &= count(parser, value, "/prompt_tokens_details/audio_tokens", problems)
                        && set(details::audioTokens, parser);
                default -> {
                    problems.add("/prompt_tokens_details/" + name + ": unknown field, dropped");
                    parser.skipChildren();
                }
            }
        }
        List<String> checks = details.problems();
        problems.addAll(checks);
        return valid && checks.isEmpty() ? details.build() : null;
    }

    private static HandWrittenCompletionDetails completionDetails(JsonParser parser, JsonToken token,
            List<String> problems) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            problems.add("/completion_tokens_details: not an object");
            parser.skipChildren();
            return null;
        }
        HandWrittenCompletionDetails.Builder details = HandWrittenCompletionDetails.builder();
        boolean valid = true;
        for (JsonToken field = parser.nextToken(); field == JsonToken.FIELD_NAME; field = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("reasoning_tokens")) {
                valid &= count(parser, value, "/completion_tokens_details/reasoning_tokens", problems)
                        && set(details::reasoningTokens, parser);
            } else {
                problems.add("/completion_tokens_details/" + name + ": unknown field, dropped");
                parser.skipChildren();
            }
        }
        List<String> checks = details.problems();
        problems.addAll(checks);
        return valid && checks.isEmpty() ? details.build() : null;
    }

    /** Whether the value is a whole number a {@code long} holds; a problem at {@code path} if not. */
    private static boolean count(JsonParser parser, JsonToken token, String path, List<String> problems)
            throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            problems.add(path + ": " + token + ", not a whole number");
            parser.skipChildren();
            return false;
        }
        JsonParser.NumberType type = parser.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            problems.add(path + ": " + parser.getText() + " does not fit a 64-bit integer");
            return false;
        }
        return true;
    }

    private interface LongSetter {
        Object set(long value);
    }

    private static boolean set(LongSetter setter, JsonParser parser) throws IOException {
        setter.set(parser.getLongValue());
        return true;
    }
}
