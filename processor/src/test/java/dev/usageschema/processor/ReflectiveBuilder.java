package dev.usageschema.processor;

import dev.usageschema.Validated;
import dev.usageschema.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/** Drives a generated builder whose type the test only knows at run time. */
final class ReflectiveBuilder {

    private final Object builder;

    private ReflectiveBuilder(Object builder) {
        this.builder = builder;
    }

    static ReflectiveBuilder of(ClassLoader loader, String generatedClass) {
        try {
            return new ReflectiveBuilder(loader.loadClass(generatedClass).getMethod("builder").invoke(null));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static ReflectiveBuilder of(Object builder) {
        return new ReflectiveBuilder(builder);
    }

    /** Calls the setter {@code name} whose parameter accepts {@code value}. */
    ReflectiveBuilder set(String name, Object value) {
        for (Method method : builder.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1
                    && accepts(method.getParameterTypes()[0], value)) {
                invoke(method, value);
                return this;
            }
        }
        throw new AssertionError("no setter " + name + " for " + value);
    }

    ReflectiveBuilder call(String name, Object... arguments) {
        for (Method method : builder.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                invoke(method, arguments);
                return this;
            }
        }
        throw new AssertionError("no method " + name);
    }

    @SuppressWarnings("unchecked")
    List<Violation> violations() {
        return (List<Violation>) invoke(method("violations"));
    }

    Object build() {
        return invoke(method("build"));
    }

    Validated<?> tryBuild() {
        return (Validated<?>) invoke(method("tryBuild"));
    }

    private Method method(String name) {
        try {
            return builder.getClass().getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private Object invoke(Method method, Object... arguments) {
        try {
            return method.invoke(builder, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean accepts(Class<?> parameter, Object value) {
        if (value == null) {
            return !parameter.isPrimitive() && parameter != Optional.class;
        }
        if (parameter == long.class) {
            return value instanceof Long;
        }
        if (parameter == int.class) {
            return value instanceof Integer;
        }
        if (parameter == double.class) {
            return value instanceof Double;
        }
        if (parameter == boolean.class) {
            return value instanceof Boolean;
        }
        return parameter.isInstance(value);
    }
}
