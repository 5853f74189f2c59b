package dev.usageschema.processor.write;

import dev.usageschema.processor.model.Property;

/** Names of the static constants a model holds: one per property, sum and bound. */
final class Constants {

    static final String DECLARED_WIRE_NAMES = "DECLARED_WIRE_NAMES";

    private Constants() {
    }

    static String property(Property property) {
        return upperSnake(property.name());
    }

    static String nestedProperty(Property holder, Property count) {
        return upperSnake(holder.name()) + "__" + upperSnake(count.name());
    }

    static String sum(Property total) {
        return "SUM_OF_" + upperSnake(total.name());
    }

    static String bound(Property bounded) {
        return "BOUND_ON_" + upperSnake(bounded.name());
    }

    static String nestedBound(Property holder, Property count) {
        return "BOUND_ON_" + nestedProperty(holder, count);
    }

    private static String upperSnake(String javaName) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(javaName.charAt(i - 1))) {
                name.append('_');
            }
            name.append(Character.toUpperCase(c));
        }
        return name.toString();
    }
}
