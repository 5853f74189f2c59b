package dev.usageschema.otel;

import dev.usageschema.canonical.CanonicalUsage;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link CanonicalUsage} of the given counts and nothing checked, as an adapter of its own might
 * hand one over: each accessor answers from the map by its name, an absent optional count is empty,
 * an absent required count 0.
 */
final class HandMadeUsage {

    private HandMadeUsage() {
    }

    static CanonicalUsage of(Map<String, Long> counts) {
        return (CanonicalUsage) Proxy.newProxyInstance(CanonicalUsage.class.getClassLoader(),
                new Class<?>[] {CanonicalUsage.class}, (proxy, method, arguments) -> {
                    Long count = counts.get(method.getName());
                    Class<?> type = method.getReturnType();
                    if (type == long.class) {
                        return count == null ? 0L : count;
                    }
                    if (type == OptionalLong.class) {
                        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
                    }
                    if (type == Optional.class) {
                        return Optional.empty();
                    }
                    if (method.getName().equals("toString")) {
                        return "HandMadeUsage" + counts;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
