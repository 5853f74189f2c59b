package dev.usageschema.cli;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.usageschema.json.JsonTokens;
import dev.usageschema.json.UsageSite;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class SkimmedTokensTest {

    private static final ResponseSkim SKIM = ResponseSkim.of(UsageSite.at("/usage"));
    private static final JsonFactory JACKSON = new JsonFactory();

    @Test
    void eachTokenAndItsTextAreThoseJacksonGivesOverTheSameUsage() {
        for (String usage : List.of("{}", "{\"prompt_tokens\":12,\"total_tokens\":-0,\"x\":1.5e3}",
                "{\"a\":[true,false,null,[],{}],\"b\":{\"c\":\"caf\u00e9 \\u00e9\\n\\\"\\ud83d\\ude00\"},\"\\u0041\":-9223372036854775808}",
                "{ \"n\" : 9223372036854775808 , \"m\" : [ 1 , 2.0 , -3E-2 ] }")) {
            byte[] response = ("{\"id\":\"x\",\"usage\":" + usage + ",\"model\":\"m\"}").getBytes(StandardCharsets.UTF_8);
            Tape tape = SKIM.usage(response, 0, response.length);
            assertWithMessage(usage).that(tape).isNotNull();
            assertWithMessage(usage).that(skimmed(new SkimmedTokens(response, tape, new NameCache())))
                    .containsExactlyElementsIn(jackson(usage)).inOrder();
        }
    }

    @Test
    void skippingAContainerStandsAtItsEnd() {
        byte[] response = "{\"usage\":{\"a\":{\"b\":[1,{\"c\":2}]},\"d\":3}}".getBytes(StandardCharsets.UTF_8);
        SkimmedTokens tokens = new SkimmedTokens(response, SKIM.usage(response, 0, response.length), new NameCache());
        tokens.next();
        tokens.next();
        assertWithMessage("a's value").that(tokens.next()).isEqualTo(JsonTokens.START_OBJECT);
        tokens.skipChildren();
        assertWithMessage("after skipping it").that(tokens.literal()).isEqualTo("}");
        assertWithMessage("the next name").that(tokens.next()).isEqualTo(JsonTokens.NAME);
        assertWithMessage("the next name").that(tokens.name()).isEqualTo("d");
        assertWithMessage("its place").that(tokens.pointer()).isEqualTo("/d");
    }

    /** Each token as {@code kind text}, numbers with whether they fit a long. */
    private static List<String> skimmed(SkimmedTokens tokens) {
        List<String> seen = new ArrayList<>();
        for (int token = tokens.next(); token != JsonTokens.END; token = tokens.next()) {
            String text = token == JsonTokens.NAME ? tokens.name() : tokens.literal();
            String fits = token == JsonTokens.INTEGER ? " " + (tokens.fitsLong() ? tokens.longValue() : "big") : "";
            seen.add(token + " " + text + fits);
        }
        return seen;
    }

    private static List<String> jackson(String usage) {
        List<String> seen = new ArrayList<>();
        try (JsonParser parser = JACKSON.createParser(ObjectReadContext.empty(), usage.getBytes(StandardCharsets.UTF_8))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int kind = switch (token) {
                    case START_OBJECT -> JsonTokens.START_OBJECT;
                    case END_OBJECT -> JsonTokens.END_OBJECT;
                    case START_ARRAY -> JsonTokens.START_ARRAY;
                    case END_ARRAY -> JsonTokens.END_ARRAY;
                    case PROPERTY_NAME -> JsonTokens.NAME;
                    case VALUE_STRING -> JsonTokens.STRING;
                    case VALUE_NUMBER_INT -> JsonTokens.INTEGER;
                    case VALUE_NUMBER_FLOAT -> JsonTokens.FLOAT;
                    case VALUE_TRUE -> JsonTokens.TRUE;
                    case VALUE_FALSE -> JsonTokens.FALSE;
                    default -> JsonTokens.NULL;
                };
                String fits = "";
                if (kind == JsonTokens.INTEGER) {
                    JsonParser.NumberType type = parser.getNumberType();
                    fits = " " + (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
                            ? Long.toString(parser.getLongValue()) : "big");
                }
                seen.add(kind + " " + (kind == JsonTokens.NAME ? parser.currentName() : parser.getString()) + fits);
            }
        }
        return seen;
    }
}
