package com.example.billing;

import dev.usageschema.Validated;
import dev.usageschema.jackson2.UsageJson;

/** Reads a usage whose total is wrong through the generated model and the Jackson 2 module. */
public final class Main {
    public static void main(String[] args) {
        Validated<ImmutableChatUsage> read = UsageJson.standard().tryRead(
                "{\"prompt_tokens\":9,\"completion_tokens\":12,\"total_tokens\":20}",
                ImmutableChatUsage.jsonSchema());
        read.violations().forEach(System.out::println);
    }
}
